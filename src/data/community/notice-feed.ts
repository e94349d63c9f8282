/**
 * Polls the property manager's notice feed with ETag / If-Modified-Since (the
 * same bounded request as the warnings feeds: a time limit, a size limit),
 * with jitter and backoff, and tells listeners when the notices or what has
 * been read change. A feed that fails keeps the notices it last gave.
 */
import { BackoffPoller } from '../backoff-poller.js';
import { fetchFeedDocument, type Validators } from '../alerts/fetch-feed-document.js';
import type { CommunityNotice } from './notice.js';
import { readNotices, type KeptIds } from './kept-ids.js';
import { parseNoticeFeed } from './parse-notice-feed.js';

export interface NoticeFeedOptions {
  /** Absolute, or relative to the page. */
  url: string;
  pollSeconds: number;
  urgentCategories: readonly string[];
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  readState?: KeptIds;
}

const TIMEOUT_MS = 20_000;
/** A year of a building's notices is well under this. */
const MAX_FEED_BYTES = 1024 * 1024;

export class NoticeFeed extends EventTarget {
  private _notices: CommunityNotice[] = [];
  private _validators: Validators | undefined;
  private readonly _poller: BackoffPoller;
  private readonly _read: KeptIds;
  /** The last problem, for the log and the list's note; null once a read succeeds. */
  lastError: string | null = null;
  /** Whether any answer has come yet (the list says "loading" until then). */
  loaded = false;

  constructor(private readonly _options: NoticeFeedOptions) {
    super();
    this._read = _options.readState ?? readNotices();
    this._poller = new BackoffPoller(_options.pollSeconds, () => this._poll());
  }

  start(): void {
    this._poller.start();
  }

  stop(): void {
    this._poller.stop();
  }

  notices(): readonly CommunityNotice[] {
    return this._notices;
  }

  isRead(id: string): boolean {
    return this._read.has(id);
  }

  unreadCount(): number {
    return this._notices.filter((n) => !this._read.has(n.id)).length;
  }

  /** Urgent notices not yet opened, newest first: what the banner shows. */
  urgentUnread(): CommunityNotice[] {
    return this._notices.filter((n) => n.urgent && !this._read.has(n.id));
  }

  markRead(id: string): void {
    if (this._read.add(id)) this.dispatchEvent(new Event('change'));
  }

  pollNow(): Promise<void> {
    return this._poller.pollNow();
  }

  private async _poll(): Promise<boolean> {
    try {
      const answer = await fetchFeedDocument(
        new URL(this._options.url, globalThis.location?.href).href,
        {
          fetchImpl: this._options.fetchImpl,
          validators: this._validators,
          timeoutMs: this._options.timeoutMs ?? TIMEOUT_MS,
          maxBytes: MAX_FEED_BYTES,
        },
      );
      const wasError = this.lastError !== null || !this.loaded;
      this.lastError = null;
      this.loaded = true;
      if (answer.changed) {
        this._notices = parseNoticeFeed(answer.text, this._options.urgentCategories);
        this._validators = answer.validators;
        this.dispatchEvent(new Event('change'));
      } else if (wasError) this.dispatchEvent(new Event('change'));
      return true;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.loaded = true;
      console.warn('[hearth:community] notices not read:', this.lastError);
      this.dispatchEvent(new Event('change'));
      return false;
    }
  }
}
