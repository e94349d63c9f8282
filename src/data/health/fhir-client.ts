/**
 * A small FHIR R4 REST client on `fetch`, for the interactions the scheduling
 * flow uses (docs/health.md): search (following Bundle.link[next]), create
 * (optionally conditional, If-None-Exist) and update. The bearer token lives
 * only in this object's memory and only ever travels in the Authorization
 * header, and only to the server's own origin (a `next` link elsewhere is
 * refused). Every request has a timeout; failures are HealthErrors.
 */
import type { Bundle, FhirResource, Resource } from 'fhir/r4';
import { HealthError, errorKindOf, outcomeIssues } from './health-error.js';

export interface FhirClientOptions {
  /** The service base, e.g. `https://hospital.example/fhir` (no trailing slash needed). */
  baseUrl: string;
  token?: string;
  /** Per request, body included. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Awaited before every request (the demo backend's service worker). */
  ready?: () => Promise<void>;
  isOnline?: () => boolean;
  /** Origins of video rooms the TV may open itself (config `videoHosts`). */
  videoHosts?: readonly string[];
}

export interface SearchResult<T extends Resource> {
  /** Entries with search.mode match (or no mode), over every page. */
  matches: T[];
  /** Entries the server added for _include. */
  included: FhirResource[];
}

/** What a queued request must carry (the outbox seals it, token included). */
export interface PlainRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** A server whose `next` links never end must not keep the TV busy forever. */
const MAX_PAGES = 50;
const FHIR_JSON = 'application/fhir+json';

export class FhirClient {
  readonly baseUrl: string;
  readonly videoHosts: readonly string[];
  private readonly _token: string | undefined;
  private readonly _timeoutMs: number;
  private readonly _fetch: typeof fetch;
  private readonly _ready: () => Promise<void>;
  private readonly _isOnline: () => boolean;

  constructor(options: FhirClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.videoHosts = options.videoHosts ?? [];
    this._token = options.token;
    this._timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Bound: some engines throw "Illegal invocation" for a detached window.fetch.
    this._fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this._ready = options.ready ?? (() => Promise.resolve());
    this._isOnline = options.isOnline ?? (() => true);
  }

  /** The origin requests may go to (where the token may be sent). */
  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  /** `GET {base}/{type}?params`, then every `next` page. */
  async search<T extends Resource>(
    type: T['resourceType'],
    params: ReadonlyArray<readonly [string, string]>,
  ): Promise<SearchResult<T>> {
    const query = new URLSearchParams(params.map(([key, value]) => [key, value]));
    let url: string | undefined = `${this.baseUrl}/${type}?${query.toString()}`;
    const result: SearchResult<T> = { matches: [], included: [] };
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const bundle = await this._send<Bundle>(url, { method: 'GET' });
      if (bundle.resourceType !== 'Bundle') throw new HealthError('invalid-response', 200);
      for (const entry of bundle.entry ?? []) {
        const resource = entry.resource;
        if (!resource) continue;
        if (entry.search?.mode === 'include' || resource.resourceType !== type) {
          if (entry.search?.mode !== 'outcome') result.included.push(resource as FhirResource);
        } else {
          result.matches.push(resource as unknown as T);
        }
      }
      url = this._nextLink(bundle);
    }
    return result;
  }

  /** `GET {base}/{type}/{id}`: the resource as the server has it now. */
  async read<T extends Resource>(type: T['resourceType'], id: string): Promise<T> {
    const resource = await this._send<T>(`${this.baseUrl}/${type}/${encodeURIComponent(id)}`, {
      method: 'GET',
    });
    if (resource.resourceType !== type) throw new HealthError('invalid-response', 200);
    return resource;
  }

  /** `POST {base}/{type}`; with `ifNoneExist` a repeat returns the first resource instead. */
  async create<T extends Resource>(
    resource: T,
    options: { ifNoneExist?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { 'Content-Type': FHIR_JSON };
    if (options.ifNoneExist) headers['If-None-Exist'] = options.ifNoneExist;
    return this._send<T>(`${this.baseUrl}/${resource.resourceType}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(resource),
    });
  }

  /**
   * `PUT {base}/{type}/{id}`, with `If-Match` on the version the portal last
   * read: if the server changed the resource since (a hospital moved the
   * appointment), it answers 412 and nothing is overwritten.
   */
  async update<T extends Resource>(resource: T): Promise<T> {
    const request = this.updateRequest(resource);
    return this._send<T>(request.url, {
      method: request.method,
      headers: { 'Content-Type': FHIR_JSON, ...ifMatch(resource) },
      body: JSON.stringify(resource),
    });
  }

  /** The same update as a plain request, to queue while offline. */
  updateRequest(resource: Resource): PlainRequest {
    if (!resource.id) throw new HealthError('invalid-response');
    return {
      url: `${this.baseUrl}/${resource.resourceType}/${encodeURIComponent(resource.id)}`,
      method: 'PUT',
      headers: {
        ...this._authHeaders(),
        'Content-Type': FHIR_JSON,
        Accept: FHIR_JSON,
        ...ifMatch(resource),
      },
      body: resource,
    };
  }

  private _authHeaders(): Record<string, string> {
    return this._token ? { Authorization: `Bearer ${this._token}` } : {};
  }

  private _nextLink(bundle: Bundle): string | undefined {
    const next = bundle.link?.find((link) => link.relation === 'next')?.url;
    if (!next) return undefined;
    const url = new URL(next, `${this.baseUrl}/`);
    // The token goes to the configured server only, never to a host a response names.
    if (url.origin !== this.origin) throw new HealthError('invalid-response', 200);
    return url.href;
  }

  private async _send<T>(url: string, init: RequestInit): Promise<T> {
    await this._ready();
    if (!this._isOnline()) throw new HealthError('offline');
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this._timeoutMs);
    try {
      let response: Response;
      try {
        response = await untilAborted(
          this._fetch(url, {
            ...init,
            headers: { Accept: FHIR_JSON, ...this._authHeaders(), ...init.headers },
            cache: 'no-store',
            credentials: 'omit',
            // The token must not follow a redirect to another host (engines before
            // Chromium 119 keep Authorization across origins).
            redirect: 'error',
            signal: controller.signal,
          }),
          controller.signal,
        );
      } catch {
        if (controller.signal.aborted) throw new HealthError('timeout');
        throw new HealthError(this._isOnline() ? 'unreachable' : 'offline');
      }
      const body = await this._readJson(response, controller.signal);
      if (response.ok) {
        if (body === undefined) throw new HealthError('invalid-response', response.status);
        return body as T;
      }
      // Our service worker answers for a personal endpoint while the network is down.
      if (response.headers.get('X-Hearth-Offline') === '1') throw new HealthError('offline');
      const issues = outcomeIssues(body);
      throw new HealthError(errorKindOf(response.status, issues), response.status, issues);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The body as JSON, undefined if it is not JSON; a timeout while reading is a timeout. */
  private async _readJson(response: Response, signal: AbortSignal): Promise<unknown> {
    let text: string;
    try {
      text = await untilAborted(response.text(), signal);
    } catch {
      throw new HealthError(signal.aborted ? 'timeout' : 'unreachable', response.status);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** Settles when `promise` does, or rejects once `signal` aborts (for fetches that ignore it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The request timed out', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** FHIR's version-aware update: the weak ETag of the version read. */
function ifMatch(resource: Resource): Record<string, string> {
  const version = resource.meta?.versionId;
  return version ? { 'If-Match': `W/"${version}"` } : {};
}
