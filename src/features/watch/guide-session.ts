/**
 * The guide for one visit to live TV: a worker parses the XMLTV file, then
 * the playlist's channels are matched to guide channels (by tvg-id, then by
 * name). `ready` resolves with that match; `query` asks the worker for
 * programmes. Leaving the screen ends the worker.
 */
import type { ChannelList } from '../../data/channels/channel-types.js';
import { createGuideWorker } from '../../data/guide/create-guide-worker.js';
import { GuideClient } from '../../data/guide/guide-client.js';
import type { GuideQuery } from './guide-cache.js';

export interface GuideSession {
  ready: Promise<Map<string, string>>;
  query: GuideQuery;
  dispose(): void;
}

export function startGuide(url: string, list: ChannelList): GuideSession {
  const client = new GuideClient(createGuideWorker);
  const ready = (async () => {
    const { stats } = await client.load(new URL(url, location.href).href);
    console.info('[hearth:guide] loaded', stats);
    return client.match(
      list.channels.map((c) => ({ key: c.key, tvgId: c.tvgId, tvgName: c.tvgName, name: c.name })),
    );
  })();
  return {
    ready,
    query: { programmes: (ids, from, to) => client.programmes(ids, from, to) },
    dispose: () => client.dispose(),
  };
}
