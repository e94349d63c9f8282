/**
 * The messages between the page (guide-client.ts) and the guide worker
 * (guide-worker.ts → guide-service.ts). Only plain objects and arrays cross:
 * they structured-clone on every engine the portal supports.
 *
 * page → worker
 *   load    fetch (conditionally, with the validators of the guide held) and read a guide
 *   abort   stop the load with this id (the page gave up waiting)
 *   query   programmes on air in [from, to) for some channels
 *   match   pair playlist entries with guide channels
 *   search  programmes whose title a query names (programme-search.ts)
 * worker → page
 *   progress  programmes read so far, now and then during a load
 *   ready     the guide is read (up to a cap, perhaps); validators for the next conditional load
 *   unchanged the server answered 304; the guide held is still current
 *   result    answer to a query
 *   matched   answer to a match, as [playlist key, guide channel id] pairs
 *   found     answer to a search, the programmes in the order to show them
 *   error     a request failed; `refused` when the guide was refused for safety
 */
import type { PlaylistEntry } from './channel-matcher.js';
import type { GuideCapped } from './guide-limits.js';
import type { GuideStats } from './guide-store.js';
import type { GuideChannel, Programme } from './guide-types.js';
import type { ProgrammeSearchRequest } from './programme-search.js';

export interface LoadRequest {
  type: 'load';
  id: number;
  url: string;
  etag?: string;
  lastModified?: string;
}

export interface AbortRequest {
  type: 'abort';
  id: number;
}

export interface QueryRequest {
  type: 'query';
  id: number;
  channelIds: string[];
  from: number;
  to: number;
}

export interface MatchRequest {
  type: 'match';
  id: number;
  playlist: PlaylistEntry[];
}

export interface SearchRequest extends ProgrammeSearchRequest {
  type: 'search';
  id: number;
  channelIds: string[];
}

export type GuideRequest = LoadRequest | AbortRequest | QueryRequest | MatchRequest | SearchRequest;

export interface ProgressMessage {
  type: 'progress';
  id: number;
  programmes: number;
}

export interface ReadyMessage {
  type: 'ready';
  id: number;
  etag?: string;
  lastModified?: string;
  stats: GuideStats;
  channels: GuideChannel[];
  /**
   * Set when the download or the document broke off after some programmes:
   * what was read is served, and no validators are kept, so the next load
   * fetches the whole guide again.
   */
  partial?: string;
  /**
   * Set when the guide reached a cap (guide-limits.ts): only what came before
   * it is served. Validators are kept: the same guide would be capped alike.
   */
  capped?: GuideCapped;
}

export interface UnchangedMessage {
  type: 'unchanged';
  id: number;
  stats: GuideStats;
  channels: GuideChannel[];
}

export interface ResultMessage {
  type: 'result';
  id: number;
  /** Channel id → its programmes in the window, by start (a null-prototype record). */
  programmes: Record<string, Programme[]>;
}

export interface MatchedMessage {
  type: 'matched';
  id: number;
  matches: [playlistKey: string, guideChannelId: string][];
}

export interface FoundMessage {
  type: 'found';
  id: number;
  programmes: Programme[];
}

export interface ErrorMessage {
  type: 'error';
  id: number;
  message: string;
  refused: boolean;
}

export type GuideResponse =
  | ProgressMessage
  | ReadyMessage
  | UnchangedMessage
  | ResultMessage
  | MatchedMessage
  | FoundMessage
  | ErrorMessage;
