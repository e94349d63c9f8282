/**
 * Polls the property manager's parcel list. The list is personal (pickup
 * codes): it is asked for with `cache: 'no-store'`, the service worker never
 * keeps it (routing-table.ts lists it as personal), and no code is logged.
 * A parcel is new until the household has seen its notice; the ids seen are
 * kept on the TV (ids, not codes), so a restart does not announce it again.
 */
import { readCappedBody } from '../read-capped-body.js';
import type { Parcel } from './parcel.js';
import { parseParcels } from './parse-parcels.js';

export interface ParcelFeedOptions {
  url: string;
  pollSeconds: number;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

const SEEN_KEY = 'hearth.community.parcelsSeen';
const TIMEOUT_MS = 20_000;
const MAX_BYTES = 256 * 1024;
const MAX_BACKOFF_MS = 10 * 60_000;

export class ParcelFeed extends EventTarget {
  private _parcels: Parcel[] = [];
  private _seen: Set<string>;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _running: Promise<void> | null = null;
  private _failures = 0;
  private readonly _storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  lastError: string | null = null;
  loaded = false;

  constructor(private readonly _options: ParcelFeedOptions) {
    super();
    this._storage = _options.storage === undefined ? localStore() : _options.storage;
    this._seen = new Set(readSeen(this._storage));
  }

  start(): void {
    void this.pollNow();
  }

  stop(): void {
    clearTimeout(this._timer);
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
    if (this._seen.has(id)) return;
    this._seen.add(id);
    // Only ids still waiting are worth keeping: the list stays short.
    const waiting = new Set(this._parcels.map((p) => p.id));
    const kept = [...this._seen].filter((seen) => waiting.has(seen)).slice(-100);
    try {
      this._storage?.setItem(SEEN_KEY, JSON.stringify(kept));
    } catch {
      // Storage refused: the notice may come again after a restart, nothing worse.
    }
    this.dispatchEvent(new Event('change'));
  }

  pollNow(): Promise<void> {
    this._running ??= this._poll().finally(() => {
      this._running = null;
      this._schedule();
    });
    return this._running;
  }

  private async _poll(): Promise<void> {
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
      this._failures = 0;
      this.lastError = null;
    } catch (error) {
      this._failures++;
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
  }

  private _schedule(): void {
    clearTimeout(this._timer);
    const base = Math.max(10, this._options.pollSeconds) * 1000;
    const wait = Math.min(MAX_BACKOFF_MS, base * 2 ** this._failures);
    this._timer = setTimeout(() => void this.pollNow(), wait * (0.9 + Math.random() * 0.2));
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

function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readSeen(storage: Pick<Storage, 'getItem'> | null): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(SEEN_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
