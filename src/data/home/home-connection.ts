/**
 * The household's Home Assistant, live: one WebSocket (through
 * home-assistant-js-websocket) carrying every entity's state and the area,
 * device and entity registries, turned into a HomeSnapshot, plus the calls
 * that control devices.
 *
 * Reconnecting is Hearth's, not the library's: the library retries on a fixed
 * 0–5 s ladder that cannot be tuned and, before the first success, either
 * gives up at once or retries silently forever. Here every attempt is one
 * `createConnection` with `setupRetry: 0`; when it fails, or an established
 * link drops, the library's own reconnect is cancelled (`close()`) and the
 * next attempt waits 1 s, 2 s, 4 s … up to 30 s, so the screen can say
 * "unreachable" or "stale" while it waits. A refused token is never retried:
 * nothing changes until the operator fixes it, and Home Assistant bans
 * addresses that keep failing to log in (`ip_ban_enabled`). A login the hub
 * never answers times out (auth-socket.ts) and counts as unreachable.
 *
 * The token is held only inside a closure and handed to the library's Auth;
 * it never appears in a log line, an event or an error.
 *
 * Events: `change` (CustomEvent<{ ids: string[] }>: the entities whose state or
 * registry data changed; an empty list when only the area list did) and
 * `status` (Event: `snapshot.status` changed). *
 * Beside it: which entities really changed (entity-merge.ts), what is asked
 * for the registries (read-registry.ts) and the default timings
 * (home-connection-options.ts).
 */
import {
  callService as sendServiceCall,
  createConnection,
  createLongLivedTokenAuth,
  ERR_INVALID_AUTH,
  subscribeEntities,
  type Auth,
  type Connection,
  type HassEntity,
} from 'home-assistant-js-websocket';
import { EMPTY_REGISTRY, type HomeRegistry } from './home-registry.js';
import { createAuthSocket } from './auth-socket.js';
import { mergeAllEntities, mergeChangedEntities, remapEntities } from './entity-merge.js';
import { subscribeEntityStream } from './entity-stream.js';
import { haVersionAtLeast } from './ha-version.js';
import { fetchHomePicture } from './home-picture.js';
import { HomeServiceError, toHomeServiceError } from './home-service-error.js';
import { withDefaultTimings, type HomeConnectionOptions } from './home-connection-options.js';
import type { HomeSnapshot, HomeStatus } from './home-types.js';
import { homeAssistantBaseUrl } from './home-url.js';
import { readRegistry, REGISTRY_EVENTS } from './read-registry.js';

export { HomeServiceError } from './home-service-error.js';
export type { HomeConnectionOptions } from './home-connection-options.js';

export interface HomeConnectionSource {
  /** Home Assistant's base URL (`http://192.168.1.5:8123`, `http://[::1]:8123`) or its socket URL. */
  url: string;
  /** A long-lived access token. Secret: never logged, never put in a URL. */
  token: string;
}

export interface HomeChangeDetail {
  ids: string[];
}

/** Home Assistant fires registry events in bursts (e.g. at start-up): read the lists once after. */
const REGISTRY_SETTLE_MS = 250;
const HEARTBEAT_TIMEOUT_MAX_MS = 10_000;

export class HomeConnection extends EventTarget {
  private readonly _createAuth: () => Auth;
  private readonly _fetchPicture: (picture: string, signal?: AbortSignal) => Promise<Blob>;
  private readonly _options: Required<HomeConnectionOptions>;
  private _running = false;
  /** Bumped by every attempt and by stop(), so answers to an abandoned attempt are dropped. */
  private _generation = 0;
  private _conn: Connection | null = null;
  private _everLive = false;
  private _failures = 0;
  private _registry: HomeRegistry = EMPTY_REGISTRY;
  /** The library's state objects as last received; unchanged entities keep the same object. */
  private _raw = new Map<string, HassEntity>();
  private _snapshot: HomeSnapshot = { status: 'connecting', areas: [], entities: new Map() };
  private _retryTimer: ReturnType<typeof setTimeout> | undefined;
  private _registryTimer: ReturnType<typeof setTimeout> | undefined;
  private _heartbeatTimer: ReturnType<typeof setInterval> | undefined;

  /** Throws a TypeError (without quoting it) when `source.url` is not an http(s)/ws(s) URL. */
  constructor(source: HomeConnectionSource, options: HomeConnectionOptions = {}) {
    super();
    const baseUrl = homeAssistantBaseUrl(source.url);
    const token = source.token;
    this._createAuth = () => createLongLivedTokenAuth(baseUrl, token);
    this._fetchPicture = (picture, signal) => fetchHomePicture(baseUrl, token, picture, signal);
    this._options = withDefaultTimings(options);
  }

  get snapshot(): HomeSnapshot {
    return this._snapshot;
  }

  /** Connects, and keeps reconnecting until stop(). Does nothing if already started. */
  start(): void {
    if (this._running) return;
    this._running = true;
    this._failures = 0;
    if (this._snapshot.status === 'auth-failed') {
      this._setStatus(this._everLive ? 'stale' : 'connecting');
    }
    if (typeof window !== 'undefined') window.addEventListener('online', this._onOnline);
    this._connect();
  }

  /**
   * Closes the link and stops retrying. Entities are kept; a live snapshot
   * becomes stale. start() connects again.
   */
  stop(): void {
    if (!this._running) return;
    this._running = false;
    this._generation += 1;
    clearTimeout(this._retryTimer);
    this._retryTimer = undefined;
    if (typeof window !== 'undefined') window.removeEventListener('online', this._onOnline);
    const conn = this._conn;
    this._dropConnection();
    conn?.close();
    if (this._snapshot.status === 'live') this._setStatus('stale');
  }

  /**
   * Calls a Home Assistant action (`light.turn_on`…) and resolves when the
   * hub has carried it out. Rejects with a HomeServiceError: Home Assistant's
   * refusal (its `code`, `message`, `translationKey`), or `not_connected` /
   * `connection_lost`.
   */
  async callService(
    domain: string,
    service: string,
    data?: Record<string, unknown>,
    target?: { entity_id: string | string[] },
  ): Promise<void> {
    const conn = this._conn;
    if (!conn || !conn.connected) {
      throw new HomeServiceError('not_connected', 'Home Assistant is not connected');
    }
    try {
      await sendServiceCall(conn, domain, service, data, target);
    } catch (error) {
      throw toHomeServiceError(error);
    }
  }

  /**
   * A picture the hub serves for an entity (its `entity_picture`, e.g. a
   * camera snapshot), fetched with the token in a header. Rejects with a
   * HomeServiceError (`picture_elsewhere` for a picture off the hub's origin,
   * `unauthorized`, `picture_failed`, `not_connected`) or the abort.
   */
  fetchPicture(picture: string, signal?: AbortSignal): Promise<Blob> {
    return this._fetchPicture(picture, signal);
  }

  private _connect(): void {
    const generation = ++this._generation;
    const { connectTimeoutMs, authTimeoutMs } = this._options;
    createConnection({
      auth: this._createAuth(),
      setupRetry: 0,
      connectTimeout: connectTimeoutMs,
      createSocket: (options) => createAuthSocket(options, { connectTimeoutMs, authTimeoutMs }),
    }).then(
      (conn) => {
        if (generation !== this._generation) {
          conn.close();
          return;
        }
        void this._attach(conn);
      },
      (error: unknown) => {
        if (generation !== this._generation) return;
        if (error === ERR_INVALID_AUTH) {
          this._setStatus('auth-failed');
          return;
        }
        this._setStatus(this._everLive ? 'stale' : 'unreachable');
        this._scheduleRetry();
      },
    );
  }

  private async _attach(conn: Connection): Promise<void> {
    this._conn = conn;
    conn.addEventListener('disconnected', () => this._onDisconnected(conn));
    await this._loadRegistry(conn);
    if (conn !== this._conn) return;
    for (const eventType of REGISTRY_EVENTS) {
      conn
        .subscribeEvents(() => this._scheduleRegistryRefresh(conn), eventType)
        .catch(() => undefined);
    }
    if (haVersionAtLeast(conn.haVersion, 2022, 4)) {
      // Change by change (entity-stream.ts): cheap however many entities the home has.
      subscribeEntityStream(conn, (states, changed, first) => {
        if (conn !== this._conn) return;
        if (first) this._applyEntities(states);
        else this._applyChanged(states, changed);
      }).catch(() => undefined);
    } else {
      // Older hubs: the library's state_changed fallback, compared in full each time.
      subscribeEntities(conn, (entities) => {
        if (conn === this._conn) this._applyEntities(new Map(Object.entries(entities)));
      });
    }
    this._startHeartbeat(conn);
  }

  private _onDisconnected(conn: Connection): void {
    if (conn !== this._conn) return;
    // Cancel the library's own reconnect; the backoff below decides when.
    conn.close();
    this._dropConnection();
    this._failures = 0;
    this._setStatus(this._everLive ? 'stale' : 'unreachable');
    this._scheduleRetry();
  }

  private _dropConnection(): void {
    this._conn = null;
    clearInterval(this._heartbeatTimer);
    this._heartbeatTimer = undefined;
    clearTimeout(this._registryTimer);
    this._registryTimer = undefined;
  }

  private _scheduleRetry(): void {
    if (!this._running) return;
    const { retryMinMs, retryMaxMs } = this._options;
    const ceiling = Math.min(retryMaxMs, retryMinMs * 2 ** Math.min(this._failures, 16));
    // Up to 20 % shorter at random, so a building full of TVs does not retry in step.
    const delay = ceiling * (0.8 + 0.2 * Math.random());
    this._failures += 1;
    clearTimeout(this._retryTimer);
    this._retryTimer = setTimeout(() => {
      this._retryTimer = undefined;
      if (this._running) this._connect();
    }, delay);
  }

  /** The network came back: retry now rather than at the end of the backoff. */
  private readonly _onOnline = (): void => {
    if (this._retryTimer === undefined || !this._running) return;
    clearTimeout(this._retryTimer);
    this._retryTimer = undefined;
    this._connect();
  };

  private _startHeartbeat(conn: Connection): void {
    const interval = this._options.heartbeatMs;
    if (interval <= 0) return;
    const timeout = Math.min(interval, HEARTBEAT_TIMEOUT_MAX_MS);
    this._heartbeatTimer = setInterval(() => {
      if (conn !== this._conn || !conn.connected) return;
      const timer = setTimeout(() => {
        // A half-open socket never closes by itself: drop it and take the disconnect path.
        if (conn === this._conn) conn.reconnect(true);
      }, timeout);
      conn.ping().then(
        () => clearTimeout(timer),
        () => clearTimeout(timer),
      );
    }, interval);
  }

  /** Reads the three registries; keeps the previous ones if any read fails. */
  private async _loadRegistry(conn: Connection): Promise<void> {
    const registry = await readRegistry(conn);
    if (registry) this._registry = registry;
  }

  private _scheduleRegistryRefresh(conn: Connection): void {
    clearTimeout(this._registryTimer);
    this._registryTimer = setTimeout(() => {
      this._registryTimer = undefined;
      void this._refreshRegistry(conn);
    }, REGISTRY_SETTLE_MS);
  }

  private async _refreshRegistry(conn: Connection): Promise<void> {
    const before = this._registry;
    await this._loadRegistry(conn);
    if (conn !== this._conn || this._registry === before) return;
    const { entities, ids } = remapEntities(this._snapshot.entities, this._raw, this._registry);
    this._snapshot = { ...this._snapshot, areas: this._registry.areas, entities };
    this._emitChange(ids);
  }

  /** Every entity at once (the first message after connecting): report what differs. */
  private _applyEntities(raw: ReadonlyMap<string, HassEntity>): void {
    const merged = mergeAllEntities(this._snapshot.entities, this._raw, raw, this._registry);
    const { entities, ids } = merged;
    this._raw = merged.raw;

    const firstUpdate = this._snapshot.status !== 'live';
    this._snapshot = { ...this._snapshot, areas: this._registry.areas, entities };
    if (firstUpdate) {
      this._everLive = true;
      this._failures = 0;
    }
    if (ids.length > 0 || firstUpdate) this._emitChange(ids);
    if (firstUpdate) this._setStatus('live');
  }

  /** Some entities changed: only those are looked at. */
  private _applyChanged(raw: ReadonlyMap<string, HassEntity>, changed: readonly string[]): void {
    const { entities, ids } = mergeChangedEntities(
      this._snapshot.entities,
      this._raw,
      raw,
      changed,
      this._registry,
    );
    if (ids.length === 0) return;
    this._snapshot = { ...this._snapshot, entities };
    this._emitChange(ids);
  }

  private _emitChange(ids: string[]): void {
    this.dispatchEvent(new CustomEvent<HomeChangeDetail>('change', { detail: { ids } }));
  }

  private _setStatus(status: HomeStatus): void {
    const current = this._snapshot;
    if (current.status === status) return;
    const next: HomeSnapshot = { status, areas: current.areas, entities: current.entities };
    // staleSince: when the link dropped, kept while it stays down (stale, then perhaps auth-failed).
    if (status !== 'live' && this._everLive) next.staleSince = current.staleSince ?? Date.now();
    this._snapshot = next;
    // The reason is a status word only: never the URL (it may carry credentials) or the token.
    if (this._running && status !== 'live' && status !== 'connecting') {
      console.warn(`[hearth:home] Home Assistant ${status}`);
    }
    this.dispatchEvent(new Event('status'));
  }
}
