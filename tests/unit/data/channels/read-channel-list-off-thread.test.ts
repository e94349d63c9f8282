import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadListAnswer, ReadListRequest } from '@src/data/channels/channel-list-messages.js';
import { readChannelList } from '@src/data/channels/read-channel-list.js';
import { readChannelListOffThread } from '@src/data/channels/read-channel-list-off-thread.js';

const BASE = 'http://127.0.0.1/lists/channels.m3u';
const LIST = [
  '#EXTM3U x-tvg-url="guide.xml"',
  '#EXTINF:-1 tvg-logo="logos/a.png" catchup="default" catchup-source="/replay/a?start={utc}",A',
  'streams/a.m3u8',
].join('\n');

type Behaviour = 'answers' | 'breaks' | 'refuses';

/** A stand-in for the worker: answers as channel-list-worker.ts does, or breaks. */
class FakeWorker {
  onmessage: ((event: MessageEvent<ReadListAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;

  constructor(private readonly _behaviour: Behaviour) {}

  postMessage({ text, base }: ReadListRequest): void {
    setTimeout(() => {
      if (this._behaviour === 'breaks') {
        this.onerror?.({ message: 'script failed to load' } as ErrorEvent);
        return;
      }
      const data: ReadListAnswer =
        this._behaviour === 'refuses'
          ? { type: 'failed', message: 'unreadable' }
          : { type: 'read', list: readChannelList(text, base) };
      this.onmessage?.({ data } as MessageEvent<ReadListAnswer>);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function starting(behaviour: Behaviour) {
  const workers: FakeWorker[] = [];
  const create = () => {
    const worker = new FakeWorker(behaviour);
    workers.push(worker);
    return worker as unknown as Worker;
  };
  return { create, workers };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readChannelList', () => {
  it('resolves streams, logos, guides and catch-up paths against the list address', () => {
    const list = readChannelList(LIST, BASE);

    expect(list.guideUrls).toEqual(['http://127.0.0.1/lists/guide.xml']);
    expect(list.channels[0]?.url).toBe('http://127.0.0.1/lists/streams/a.m3u8');
    expect(list.channels[0]?.logo).toBe('http://127.0.0.1/lists/logos/a.png');
    expect(list.channels[0]?.catchup?.source).toBe('http://127.0.0.1/replay/a?start={utc}');
  });
});

describe('readChannelListOffThread', () => {
  it('gives the list the worker read, and ends the worker', async () => {
    const { create, workers } = starting('answers');

    const list = await readChannelListOffThread(LIST, BASE, create);

    expect(list).toEqual(readChannelList(LIST, BASE));
    expect(workers[0]?.terminated).toBe(true);
  });

  it('still reads the list when the worker fails to run', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { create, workers } = starting('breaks');

    const list = await readChannelListOffThread(LIST, BASE, create);

    expect(list.channels.map((c) => c.name)).toEqual(['A']);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('still reads the list where no worker can start', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const list = await readChannelListOffThread(LIST, BASE, () => {
      throw new Error('no workers here');
    });

    expect(list.channels.map((c) => c.name)).toEqual(['A']);
  });

  it('fails when the worker could not read the list', async () => {
    const { create } = starting('refuses');

    await expect(readChannelListOffThread(LIST, BASE, create)).rejects.toThrow('unreadable');
  });
});
