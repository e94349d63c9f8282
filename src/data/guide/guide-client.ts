/**
 * The page's handle on the guide worker. Every request carries an id and
 * resolves when the worker answers that id; all pending requests are rejected
 * when the worker fails or the client is disposed, and a load that takes too
 * long is abandoned with a clear error. The guide itself stays in the worker:
 * the page receives the channel list once and then only the programmes of the
 * window it asks for.
 *
 * Usage: `new GuideClient(createGuideWorker)` (create-guide-worker.ts). The
 * worker is started on the first request, and again after it has failed.
 */
import type { PlaylistEntry } from './channel-matcher.js';
import type { GuideCapped } from './guide-limits.js';
import type { GuideRequest, GuideResponse } from './guide-messages.js';
import type { GuideStats } from './guide-store.js';
import type { GuideChannel, Programme } from './guide-types.js';
import type { ProgrammeSearchRequest } from './programme-search.js';

export interface GuideLoadResult {
  stats: GuideStats;
  channels: GuideChannel[];
  /** True when the server said the guide held is still current (HTTP 304). */
  unchanged: boolean;
  /** Set when the guide broke off and only what was read is served (see ReadyMessage). */
  partial?: string;
  /** Set when the guide reached a cap and only what came before it is served. */
  capped?: GuideCapped;
}

export interface GuideClientOptions {
  /** Give up on a load after this long (default 120 s). */
  loadTimeoutMs?: number;
  /** Called now and then while a guide is read, with the programmes read so far. */
  onProgress?: (programmes: number) => void;
}

/** A request to the guide worker failed; `refused` when the guide was refused for safety. */
export class GuideRequestError extends Error {
  override name = 'GuideRequestError';
  readonly refused: boolean;

  constructor(message: string, refused = false) {
    super(message);
    this.refused = refused;
  }
}

interface Pending {
  resolve: (message: GuideResponse) => void;
  reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

type RequestBody<T extends GuideRequest> = T extends GuideRequest ? Omit<T, 'id'> : never;

export class GuideClient {
  private readonly _createWorker: () => Worker;
  private readonly _loadTimeoutMs: number;
  private readonly _onProgress?: (programmes: number) => void;
  private _worker?: Worker;
  private _nextId = 1;
  private readonly _pending = new Map<number, Pending>();
  private _validators?: { url: string; etag?: string; lastModified?: string };
  private _disposed = false;

  constructor(createWorker: () => Worker, options: GuideClientOptions = {}) {
    this._createWorker = createWorker;
    this._loadTimeoutMs = options.loadTimeoutMs ?? 120_000;
    this._onProgress = options.onProgress;
  }

  /** Fetches and reads the guide at `url` (conditionally, when this url is already held). */
  async load(url: string): Promise<GuideLoadResult> {
    const held = this._validators?.url === url ? this._validators : undefined;
    const message = await this._request(
      {
        type: 'load',
        url,
        ...(held?.etag !== undefined && { etag: held.etag }),
        ...(held?.lastModified !== undefined && { lastModified: held.lastModified }),
      },
      this._loadTimeoutMs,
    );
    if (message.type === 'unchanged') {
      return { stats: message.stats, channels: message.channels, unchanged: true };
    }
    if (message.type !== 'ready') throw new GuideRequestError(`unexpected answer ${message.type}`);
    this._validators = { url, etag: message.etag, lastModified: message.lastModified };
    return {
      stats: message.stats,
      channels: message.channels,
      unchanged: false,
      ...(message.partial !== undefined && { partial: message.partial }),
      ...(message.capped !== undefined && { capped: message.capped }),
    };
  }

  /** Each channel's programmes on air in [from, to), by start. */
  async programmes(
    channelIds: readonly string[],
    from: number,
    to: number,
  ): Promise<Map<string, Programme[]>> {
    const message = await this._request({ type: 'query', channelIds: [...channelIds], from, to });
    if (message.type !== 'result') throw new GuideRequestError(`unexpected answer ${message.type}`);
    return new Map(Object.keys(message.programmes).map((id) => [id, message.programmes[id]!]));
  }

  /** Programmes on these channels whose title the query names (programme-search.ts). */
  async search(request: ProgrammeSearchRequest): Promise<Programme[]> {
    const message = await this._request({
      type: 'search',
      ...request,
      channelIds: [...request.channelIds],
    });
    if (message.type !== 'found') throw new GuideRequestError(`unexpected answer ${message.type}`);
    return message.programmes;
  }

  /** Playlist key → guide channel id (channel-matcher.ts), against the guide held. */
  async match(playlist: readonly PlaylistEntry[]): Promise<Map<string, string>> {
    const entries = playlist.map(({ key, tvgId, tvgName, name }) => ({
      key,
      tvgId,
      tvgName,
      name,
    }));
    const message = await this._request({ type: 'match', playlist: entries });
    if (message.type !== 'matched')
      throw new GuideRequestError(`unexpected answer ${message.type}`);
    return new Map(message.matches);
  }

  /** Stops the worker and rejects whatever is pending. The client cannot be used again. */
  dispose(): void {
    this._disposed = true;
    this._stop(new GuideRequestError('the guide client was disposed'));
  }

  private _request<T extends GuideRequest>(
    body: RequestBody<T>,
    timeoutMs?: number,
  ): Promise<GuideResponse> {
    if (this._disposed) {
      return Promise.reject(new GuideRequestError('the guide client was disposed'));
    }
    const worker = this._ensureWorker();
    const id = this._nextId++;
    return new Promise<GuideResponse>((resolve, reject) => {
      const pending: Pending = { resolve, reject };
      if (timeoutMs !== undefined) {
        pending.timer = setTimeout(() => {
          this._settle(id);
          worker.postMessage({ type: 'abort', id } satisfies GuideRequest);
          reject(
            new GuideRequestError(
              `the guide did not load within ${Math.round(timeoutMs / 1000)} s; it may be too large or the server too slow`,
            ),
          );
        }, timeoutMs);
      }
      this._pending.set(id, pending);
      worker.postMessage({ ...body, id } as GuideRequest);
    });
  }

  private _ensureWorker(): Worker {
    if (this._worker) return this._worker;
    const worker = this._createWorker();
    worker.onmessage = (event: MessageEvent<GuideResponse>) => this._receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      this._stop(
        new GuideRequestError(`the guide worker failed: ${event.message || 'unknown error'}`),
      );
    };
    worker.onmessageerror = () => {
      this._stop(new GuideRequestError('the guide worker sent a message that could not be read'));
    };
    this._worker = worker;
    return worker;
  }

  private _receive(message: GuideResponse): void {
    if (message.type === 'progress') {
      if (this._pending.has(message.id)) this._onProgress?.(message.programmes);
      return;
    }
    const pending = this._settle(message.id);
    if (!pending) return; // abandoned (timed out) or unknown
    if (message.type === 'error')
      pending.reject(new GuideRequestError(message.message, message.refused));
    else pending.resolve(message);
  }

  private _settle(id: number): Pending | undefined {
    const pending = this._pending.get(id);
    if (!pending) return undefined;
    this._pending.delete(id);
    if (pending.timer !== undefined) clearTimeout(pending.timer);
    return pending;
  }

  /** Ends the worker (a new one starts on the next request) and rejects everything pending. */
  private _stop(error: GuideRequestError): void {
    this._worker?.terminate();
    this._worker = undefined;
    this._validators = undefined;
    const pending = [...this._pending.keys()];
    for (const id of pending) this._settle(id)?.reject(error);
  }
}
