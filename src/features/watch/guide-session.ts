/**
 * The guide for one visit to live TV: a worker parses the XMLTV file, then
 * the playlist's channels are matched to guide channels (by tvg-id, then by
 * name). `ready` resolves with that match; `query` asks the worker for
 * programmes. While the screen stays open the guide is asked for again every
 * half hour with its validators (ETag / Last-Modified), so an unchanged guide
 * costs a 304 and a changed one replaces the old (`onUpdate`). A guide too
 * big for this TV is read up to a cap (guide-limits.ts); `onCapped` hears of it
 * once per visit. Leaving the screen ends the worker.
 */
import type { ChannelList } from '../../data/channels/channel-types.js';
import { createGuideWorker } from '../../data/guide/create-guide-worker.js';
import { GuideClient } from '../../data/guide/guide-client.js';
import type { GuideCapped } from '../../data/guide/guide-limits.js';
import type { GuideQuery } from './guide-cache.js';
import type { GuideSearch } from './programme-finder.js';

export interface GuideSession {
  ready: Promise<Map<string, string>>;
  query: GuideQuery;
  /** 搜索节目, in the worker that holds the guide (data/guide/programme-search.ts). */
  search: GuideSearch;
  dispose(): void;
}

const REFRESH_MS = 30 * 60 * 1000;

export function startGuide(
  url: string,
  list: ChannelList,
  onUpdate: (matches: Map<string, string>) => void,
  onCapped: (capped: GuideCapped) => void = () => undefined,
): GuideSession {
  const client = new GuideClient(createGuideWorker);
  let toldCapped = false;
  const noteCapped = (capped: GuideCapped | undefined) => {
    if (!capped || toldCapped) return;
    toldCapped = true;
    onCapped(capped);
  };
  const address = new URL(url, location.href).href;
  const playlist = list.channels.map((c) => ({
    key: c.key,
    tvgId: c.tvgId,
    tvgName: c.tvgName,
    name: c.name,
  }));
  const ready = (async () => {
    const { stats, capped } = await client.load(address);
    console.info('[hearth:guide] loaded', stats);
    noteCapped(capped);
    return client.match(playlist);
  })();
  const timer = setInterval(() => {
    void (async () => {
      try {
        const { unchanged, stats, capped } = await client.load(address);
        if (unchanged) return;
        console.info('[hearth:guide] updated', stats);
        noteCapped(capped);
        onUpdate(await client.match(playlist));
      } catch (error) {
        // The guide held keeps answering; the next half hour tries again.
        console.warn('[hearth:guide] refresh failed', error);
      }
    })();
  }, REFRESH_MS);
  return {
    ready,
    query: { programmes: (ids, from, to) => client.programmes(ids, from, to) },
    search: (request) => client.search(request),
    dispose: () => {
      clearInterval(timer);
      client.dispose();
    },
  };
}
