/**
 * Reads a downloaded channel list in a worker of its own, so parsing a long
 * playlist never blocks the page (a 1,500-channel list held the main thread
 * for over 100 ms). The worker reads one list and is ended. Where no worker
 * can start or the worker fails to run, the page reads the list itself: slower
 * to paint, but the same list.
 */
import type { ReadListAnswer, ReadListRequest } from './channel-list-messages.js';
import type { ChannelList } from './channel-types.js';
import { createChannelListWorker } from './create-channel-list-worker.js';
import { readChannelList } from './read-channel-list.js';

export function readChannelListOffThread(
  text: string,
  base: string,
  createWorker: () => Worker = createChannelListWorker,
): Promise<ChannelList> {
  let worker: Worker;
  try {
    worker = createWorker();
  } catch (error) {
    console.warn('[hearth:channels] no worker, reading the list on the page', error);
    return Promise.resolve(readChannelList(text, base));
  }
  return new Promise<ChannelList>((resolve, reject) => {
    const readHere = (why: string) => {
      worker.terminate();
      console.warn(`[hearth:channels] the list worker ${why}; reading the list on the page`);
      try {
        resolve(readChannelList(text, base));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onmessage = (event: MessageEvent<ReadListAnswer>) => {
      const answer = event.data;
      worker.terminate();
      if (answer.type === 'read') resolve(answer.list);
      else reject(new Error(answer.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      readHere(`failed (${event.message || 'unknown error'})`);
    };
    worker.onmessageerror = () => readHere('sent an answer that could not be read');
    worker.postMessage({ text, base } satisfies ReadListRequest);
  });
}
