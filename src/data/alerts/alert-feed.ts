/**
 * Polls the operator's CAP feeds (an alert, or an Atom/RSS index of alerts)
 * with ETag / If-Modified-Since, jitter and backoff, keeps the alerts that
 * cover the household's location, and tells listeners when they change.
 * Runs in the page: a warning has to reach the screen, whatever is on it.
 */
import { applyAlert, currentAlerts, emptyBook, type AlertBook } from './alert-book.js';
import { alertCovers } from './area-match.js';
import { decodeXml, parseCap } from './parse-cap.js';
import { parseAlertIndex } from './parse-index-feed.js';
import type { CapAlert } from './cap-types.js';

export interface AlertFeedOptions {
  feedUrls: string[];
  pollSeconds: number;
  location: { regionCode?: string; lat?: number; lon?: number };
  includeTests?: boolean;
  fetchImpl?: typeof fetch;
}

interface Validators {
  etag: string | null;
  lastModified: string | null;
}

const MAX_BACKOFF_MS = 10 * 60_000;

export class AlertFeed extends EventTarget {
  private _book: AlertBook = emptyBook();
  private _validators = new Map<string, Validators>();
  private _known = new Map<string, CapAlert>();
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _again: Promise<void> | null = null;
  private _failures = 0;
  private _running: Promise<void> | null = null;
  /** The last problem, in words for the log (the screen shows the alerts it has). */
  lastError: string | null = null;

  constructor(private readonly _options: AlertFeedOptions) {
    super();
  }

  start(): void {
    void this.pollNow();
  }

  stop(): void {
    clearTimeout(this._timer);
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

  /**
   * Read the feeds now. Asked while a read is under way, it reads once more
   * after that one: the in-flight read may have left before the news arrived.
   */
  pollNow(): Promise<void> {
    if (this._running) {
      this._again ??= this._running.then(() => {
        this._again = null;
        return this.pollNow();
      });
      return this._again;
    }
    this._running = this._poll().finally(() => {
      this._running = null;
      this._schedule();
    });
    return this._running;
  }

  private async _poll(): Promise<void> {
    const before = this._signature();
    try {
      for (const url of this._options.feedUrls) await this._readFeed(url);
      this._failures = 0;
      this.lastError = null;
    } catch (error) {
      this._failures++;
      this.lastError = error instanceof Error ? error.message : String(error);
      console.warn('[hearth:alerts] feed not read', this.lastError);
    }
    if (this._signature() !== before) this.dispatchEvent(new Event('change'));
  }

  private async _readFeed(url: string): Promise<void> {
    const text = await this._fetchText(url);
    if (text === null) return; // unchanged since last time
    if (/<(?:\w+:)?(feed|rss)[\s>]/.test(text.slice(0, 2000))) {
      for (const alertUrl of parseAlertIndex(text)) {
        const absolute = new URL(alertUrl, url).href;
        if (this._known.has(absolute)) continue;
        const alertText = await this._fetchText(absolute);
        if (alertText !== null) this._accept(absolute, alertText);
      }
    } else {
      this._accept(url, text);
    }
  }

  private _accept(url: string, xml: string): void {
    try {
      const alert = parseCap(xml);
      this._known.set(url, alert);
      this._book = applyAlert(this._book, alert, Date.now(), {
        includeTests: this._options.includeTests ?? false,
      });
    } catch (error) {
      // One broken alert must not hide the others.
      console.warn(
        '[hearth:alerts] alert refused',
        url,
        error instanceof Error ? error.message : error,
      );
    }
  }

  private async _fetchText(url: string): Promise<string | null> {
    const seen = this._validators.get(url);
    const headers: Record<string, string> = {};
    if (seen?.etag) headers['If-None-Match'] = seen.etag;
    if (seen?.lastModified) headers['If-Modified-Since'] = seen.lastModified;
    const response = await (this._options.fetchImpl ?? fetch)(url, { headers });
    if (response.status === 304) return null;
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    this._validators.set(url, {
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
    });
    return decodeXml(new Uint8Array(await response.arrayBuffer()));
  }

  private _schedule(): void {
    clearTimeout(this._timer);
    const base = Math.max(10, this._options.pollSeconds) * 1000;
    const backoff = Math.min(MAX_BACKOFF_MS, base * 2 ** this._failures);
    // ±10 % so a city's boxes don't all ask at the same second.
    const wait = backoff * (0.9 + Math.random() * 0.2);
    this._timer = setTimeout(() => void this.pollNow(), wait);
  }

  private _signature(): string {
    return this.current()
      .map((a) => `${a.sender}|${a.identifier}|${a.sent}`)
      .join(',');
  }
}
