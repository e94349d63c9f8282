/**
 * Polls the property manager's parcel list. The list is personal (pickup
 * codes): it is asked for with `cache: 'no-store'`, the service worker never
 * keeps it (routing-table.ts lists it as personal), and no code is logged.
 * A parcel is new until the household has seen its notice (kept-ids.ts).
 */
import { BackoffPoller } from '../backoff-poller.js';
import { readCappedBody } from '../read-capped-body.js';
import type { Parcel } from './parcel.js';
import { seenParcels, type KeptIds } from './kept-ids.js';
import type { ParcelSource } from './parcel-source.js';
import { parseParcels } from './parse-parcels.js';

export interface ParcelFeedOptions {
  url: string;
  pollSeconds: number;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  seen?: KeptIds;
}
const TIMEOUT_MS = 20_000;
const MAX_BYTES = 256 * 1024;

export class ParcelFeed extends EventTarget implements ParcelSource {
  private _parcels: Parcel[] = [];
  private readonly _seen: KeptIds;
  private readonly _poller: BackoffPoller;
  lastError: string | null = null;
  loaded = false;

  constructor(private readonly _options: ParcelFeedOptions) {
    super();
    this._seen = _options.seen ?? seenParcels();
    this._poller = new BackoffPoller(_options.pollSeconds, () => this._poll());
  }

  start(): void {
    this._poller.start();
  }

  stop(): void {
    this._poller.stop();
  }

  /** The parcels waiting now, the newest first. */
  parcels(): readonly Parcel[] {
    return this._parcels;
  }

  /** Waiting parcels the household has not yet been told of. */
  unseen(): Parcel[] {
    return this._parcels.filter((p) => !this._seen.has(p.id));
  }

  markSeen(id: string): void {
    const waiting = this._parcels.map((p) => p.id);
    if (this._seen.add(id, waiting)) this.dispatchEvent(new Event('change'));
  }

  pollNow(): Promise<void> {
    return this._poller.pollNow();
  }

  private async _poll(): Promise<boolean> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this._options.timeoutMs ?? TIMEOUT_MS);
    try {
      const url = new URL(this._options.url, globalThis.location?.href).href;
      const response = await (this._options.fetchImpl ?? fetch)(url, {
        cache: 'no-store',
        credentials: 'omit',
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status} for the parcel list`);
      const body = await readCappedBody(response, MAX_BYTES);
      if (!body) throw new Error(`the parcel list is over ${MAX_BYTES} bytes`);
      const { parcels, skipped } = parseParcels(parseJson(new TextDecoder().decode(body)));
      if (skipped)
        console.warn(`[hearth:community] ${skipped} parcel entries left out (malformed)`);
      this._parcels = parcels.sort((a, b) => (b.arrivedAt ?? 0) - (a.arrivedAt ?? 0));
      this.lastError = null;
    } catch (error) {
      // The message names no code: no error here quotes the list (see parseJson).
      this.lastError = controller.signal.aborted
        ? 'no answer from the parcel list'
        : error instanceof Error
          ? error.message
          : String(error);
      console.warn('[hearth:community] parcels not read:', this.lastError);
    } finally {
      clearTimeout(timer);
      this.loaded = true;
    }
    this.dispatchEvent(new Event('change'));
    return this.lastError === null;
  }
}

/** JSON.parse's own message quotes the text around the fault, which may be a code. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('the parcel list is not JSON');
  }
}
