/**
 * Polls the operator's CAP feeds (an alert, or an Atom/RSS index of alerts)
 * with ETag / If-Modified-Since, jitter and backoff, keeps the alerts that
 * cover the household's location, and tells listeners when they change.
 * Runs in the page: a warning has to reach the screen, whatever is on it.
 *
 * No single failure silences the rest: each feed and each alert an index lists is
 * read on its own (a 503 or a hung server on one costs only that one), every
 * request has a time limit and a size limit, and an index's validators are kept
 * only once every alert it lists has been read, so an alert missed this time is
 * asked for again on the next poll even when the index has not changed.
 */
import { applyAlert, currentAlerts, emptyBook, type AlertBook } from './alert-book.js';
import { alertCovers } from './area-match.js';
import { fetchFeedDocument, type Validators } from './fetch-feed-document.js';
import { parseCap } from './parse-cap.js';
import { parseAlertIndex } from './parse-index-feed.js';
import type { CapAlert } from './cap-types.js';
import { BackoffPoller } from '../backoff-poller.js';

export interface AlertFeedOptions {
  /** Absolute, or relative to `baseUrl`. */
  feedUrls: string[];
  pollSeconds: number;
  location: { regionCode?: string; lat?: number; lon?: number };
  includeTests?: boolean;
  fetchImpl?: typeof fetch;
  /** What relative feed URLs are relative to: the page, by default. */
  baseUrl?: string;
  /** Per request, body included. */
  timeoutMs?: number;
}

const TIMEOUT_MS = 20_000;
/** A CAP message is a few kB; an index of hundreds of alerts well under this. */
const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const PARALLEL_READS = 4;

export class AlertFeed extends EventTarget {
  private _book: AlertBook = emptyBook();
  private _validators = new Map<string, Validators>();
  private _known = new Map<string, CapAlert>();
  private readonly _poller: BackoffPoller;
  /** The last problem, in words for the log (the screen shows the alerts it has). */
  lastError: string | null = null;

  /** The feeds as absolute URLs (resolved once: a relative base cannot resolve an index's links). */
  private readonly _feedUrls: string[];

  constructor(private readonly _options: AlertFeedOptions) {
    super();
    const base = _options.baseUrl ?? globalThis.location?.href;
    this._feedUrls = _options.feedUrls.flatMap((url) => {
      try {
        return [new URL(url, base).href];
      } catch {
        console.warn('[hearth:alerts] feed address not understood', url);
        return [];
      }
    });
    this._poller = new BackoffPoller(_options.pollSeconds, () => this._poll());
  }

  start(): void {
    this._poller.start();
  }

  stop(): void {
    this._poller.stop();
  }

  /** The alerts in force now that cover the household. */
  current(now = Date.now()): CapAlert[] {
    return currentAlerts(this._book, now).filter((alert) =>
      alert.infos.some((info) => alertCovers(info, this._options.location)),
    );
  }

  /** Everything seen, newest first (for the list of past warnings). */
  history(): CapAlert[] {
    return [...this._book.history].reverse();
  }

  /** Read the feeds now (asked during a read, once more after it). */
  pollNow(): Promise<void> {
    return this._poller.pollNow();
  }

  /** One read of every feed; false (the poller backs off) only when none answered. */
  private async _poll(): Promise<boolean> {
    const problems: string[] = [];
    let anyRead = false;
    for (const url of this._feedUrls) {
      try {
        problems.push(...(await this._readFeed(url)));
        anyRead = true;
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    this.lastError = problems.length > 0 ? problems.join('; ') : null;
    if (this.lastError) console.warn('[hearth:alerts] not everything was read', this.lastError);
    this._tellIfChanged(); // expiries pass between polls too
    // Back off only when nothing answered (the operator's server is down); one bad feed
    // must not slow down the others' warnings.
    return anyRead || this._feedUrls.length === 0;
  }

  /** Reads one feed; returns the problems with the alerts it lists (the feed itself throws). */
  private async _readFeed(url: string): Promise<string[]> {
    const answer = await this._fetch(url);
    if (!answer.changed) return []; // unchanged since every alert it lists was read
    if (!/<(?:\w+:)?(feed|rss)[\s>]/.test(answer.text.slice(0, 2000))) {
      this._validators.set(url, answer.validators);
      this._accept(url, answer.text);
      return [];
    }
    const problems: string[] = [];
    const waiting = parseAlertIndex(answer.text);
    // A few at a time, so one that hangs does not hold back the ones after it.
    const reader = async (): Promise<void> => {
      for (let alertUrl = waiting.shift(); alertUrl !== undefined; alertUrl = waiting.shift()) {
        const problem = await this._readListed(alertUrl, url);
        if (problem) problems.push(problem);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_READS }, reader));
    if (problems.length === 0) this._validators.set(url, answer.validators);
    return problems;
  }

  /** Reads one alert an index lists, unless already read; returns the problem, if any. */
  private async _readListed(alertUrl: string, indexUrl: string): Promise<string | null> {
    let absolute: string;
    try {
      absolute = new URL(alertUrl, indexUrl).href;
    } catch {
      return `unreadable link ${alertUrl} in ${indexUrl}`;
    }
    if (this._known.has(absolute)) return null;
    try {
      const alert = await this._fetch(absolute);
      if (alert.changed) {
        this._validators.set(absolute, alert.validators);
        this._accept(absolute, alert.text);
      }
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  private _fetch(url: string) {
    return fetchFeedDocument(url, {
      fetchImpl: this._options.fetchImpl,
      validators: this._validators.get(url),
      timeoutMs: this._options.timeoutMs ?? TIMEOUT_MS,
      maxBytes: MAX_DOCUMENT_BYTES,
    });
  }

  private _accept(url: string, xml: string): void {
    try {
      const alert = parseCap(xml);
      this._known.set(url, alert);
      this._book = applyAlert(this._book, alert, Date.now(), {
        includeTests: this._options.includeTests ?? false,
      });
      // At once, not at the end of the poll: another alert may still be timing out.
      this._tellIfChanged();
    } catch (error) {
      // One broken alert must not hide the others.
      console.warn(
        '[hearth:alerts] alert refused',
        url,
        error instanceof Error ? error.message : error,
      );
    }
  }

  private _told = '';

  private _tellIfChanged(): void {
    const now = this._signature();
    if (now === this._told) return;
    this._told = now;
    this.dispatchEvent(new Event('change'));
  }

  private _signature(): string {
    return this.current()
      .map((a) => `${a.sender}|${a.identifier}|${a.sent}`)
      .join(',');
  }
}
