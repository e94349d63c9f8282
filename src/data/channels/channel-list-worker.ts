/**
 * The channel-list worker: a module Vite bundles on its own (see
 * create-channel-list-worker.ts). Reading a playlist of 1,500 channels takes
 * longer than a frame on a TV's CPU; here it never holds up the page's input
 * or rendering. The protocol is in channel-list-messages.ts.
 */
import '../worker-polyfills.js';
import type { ReadListAnswer, ReadListRequest } from './channel-list-messages.js';
import { readChannelList } from './read-channel-list.js';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  postMessage(message: ReadListAnswer): void;
  onmessage: ((event: MessageEvent<ReadListRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { text, base } = event.data;
  try {
    scope.postMessage({ type: 'read', list: readChannelList(text, base) });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
