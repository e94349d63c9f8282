/**
 * The messages between the page (read-channel-list-off-thread.ts) and the
 * channel-list worker (channel-list-worker.ts). One request, one answer: the
 * worker reads one list and is ended. Only plain objects cross, so they
 * structured-clone on every engine the portal supports.
 */
import type { ChannelList } from './channel-types.js';

export interface ReadListRequest {
  /** The list as downloaded. */
  text: string;
  /** The list's own address: relative addresses in it are resolved against it. */
  base: string;
}

export type ReadListAnswer =
  { type: 'read'; list: ChannelList } | { type: 'failed'; message: string };
