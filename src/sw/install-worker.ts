/**
 * Everything Hearth's service worker does, shared by the production worker
 * (sw.ts) and the demo worker (sw-demo.ts, which adds the demo backend first):
 * precache the shell, route requests by kind (see request-kind.ts), replay the
 * outbox, and activate a new version only when the page says so.
 */
/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import type { PrecacheEntry } from 'workbox-precaching';
import { localDb } from '../data/local-db.js';
import { REPLAY_MESSAGE, SYNC_TAG } from '../data/outbox/outbox-client-constants.js';
import { noteOnline, replayOutbox } from '../data/outbox/replay.js';
import { configWithoutSecrets } from './config-without-secrets.js';
import { offlineAnswer } from './offline-answer.js';
import {
  EMPTY_ROUTING_TABLE,
  mergeTables,
  requestKind,
  type RoutingTable,
} from './request-kind.js';
import { ROUTING_MESSAGE } from './routing-table.js';

declare const self: ServiceWorkerGlobalScope;

export const CACHE_NAMES = {
  config: 'hearth-config-v1',
  public: 'hearth-public-v1',
  live: 'hearth-live-v1',
  assets: 'hearth-assets-v1',
} as const;

let base: RoutingTable = EMPTY_ROUTING_TABLE;
let table: RoutingTable = EMPTY_ROUTING_TABLE;
const tableLoaded = localDb()
  .then((db) => db.get('sw-settings', 'routing'))
  .then((saved) => {
    if (saved) table = saved as RoutingTable;
  })
  .catch(() => undefined);

/**
 * @param baseTable routes known before the page sends the operator's (the demo
 *   build's own backend); the page's table is added to it.
 * @param notPages paths that are APIs, never the app shell (the demo backend's).
 */
export function installWorker(
  manifest: (string | PrecacheEntry)[],
  baseTable: RoutingTable = EMPTY_ROUTING_TABLE,
  notPages: RegExp[] = [],
): void {
  base = baseTable;
  cleanupOutdatedCaches();
  precacheAndRoute(manifest);
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: notPages }));

  const kindOf = (request: Request, url: URL) =>
    requestKind(
      {
        url,
        method: request.method,
        destination: request.destination,
        hasCredentials: request.headers.has('Authorization'),
        origin: self.location.origin,
      },
      mergeTables(base, table),
    );

  registerRoute(
    ({ request, url }) => kindOf(request, url) === 'personal',
    new NetworkOnly({ plugins: [{ handlerDidError: async () => offlineAnswer() }] }),
    'GET',
  );
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
    registerRoute(
      ({ request, url }) => kindOf(request, url) === 'personal',
      new NetworkOnly({ plugins: [{ handlerDidError: async () => offlineAnswer() }] }),
      method,
    );
  }
  registerRoute(
    ({ request, url }) => kindOf(request, url) === 'config',
    new NetworkFirst({
      cacheName: CACHE_NAMES.config,
      networkTimeoutSeconds: 4,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        { cacheWillUpdate: async ({ response }) => configWithoutSecrets(response) },
      ],
    }),
  );
  const publicPlugins = [
    new CacheableResponsePlugin({ statuses: [200] }),
    {
      // A config from ?config= is cached here: without its tokens.
      cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) =>
        table.publicConfig.includes(request.url) ? configWithoutSecrets(response) : response,
    },
    new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 14 * 24 * 3600 }),
  ];
  // "再试一次" after a bad answer asks for a fresh copy (cache: 'reload'): the
  // kept one may be what was wrong, so the network comes first and the copy
  // only stands in when the network is gone or hangs.
  registerRoute(
    ({ request, url }) => kindOf(request, url) === 'public' && request.cache === 'reload',
    new NetworkFirst({
      cacheName: CACHE_NAMES.public,
      networkTimeoutSeconds: 8,
      plugins: publicPlugins,
    }),
  );
  registerRoute(
    ({ request, url }) => kindOf(request, url) === 'public',
    new StaleWhileRevalidate({ cacheName: CACHE_NAMES.public, plugins: publicPlugins }),
  );
  registerRoute(
    ({ request, url }) => kindOf(request, url) === 'live',
    new NetworkFirst({
      cacheName: CACHE_NAMES.live,
      networkTimeoutSeconds: 8,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 2 * 24 * 3600 }),
      ],
    }),
  );
  registerRoute(
    ({ request, url }) => kindOf(request, url) === 'asset',
    new CacheFirst({
      cacheName: CACHE_NAMES.assets,
      plugins: [
        // Opaque (0) logos from other hosts are fine to keep; they hold no personal data.
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({
          maxEntries: 300,
          maxAgeSeconds: 30 * 24 * 3600,
          purgeOnQuotaError: true,
        }),
      ],
    }),
  );

  self.addEventListener('install', (event) => {
    // The first version takes over at once; later ones wait for the page's word.
    if (!self.registration.active) void self.skipWaiting();
    // The first visit fetched config.json before this worker existed: keep a
    // copy now, so the very next start works offline.
    event.waitUntil(warm(CACHE_NAMES.config, '/config.json'));
  });
  self.addEventListener('activate', (event) => {
    event.waitUntil(self.clients.claim().then(() => replay()));
  });
  self.addEventListener('message', (event) => {
    const data = event.data as { type?: string; table?: RoutingTable; online?: boolean } | null;
    if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
    else if (data?.type === REPLAY_MESSAGE) {
      if (data.online === true) noteOnline();
      event.waitUntil(replay());
    } else if (data?.type === ROUTING_MESSAGE && data.table) {
      const next = data.table;
      // An operator config from ?config= is public data: keep it for offline starts too.
      event.waitUntil(
        saveTable(next).then(() =>
          Promise.all(next.publicConfig.map((url) => warm(CACHE_NAMES.public, url))),
        ),
      );
    }
  });
  self.addEventListener('sync', (event) => {
    const sync = event as ExtendableEvent & { tag?: string };
    if (sync.tag === SYNC_TAG) {
      // The browser fires a sync only with the network up.
      noteOnline();
      sync.waitUntil(replay());
    }
  });
  // Every start of the worker (also after the TV was off) sends what waits.
  void tableLoaded.then(() => replay());
}

/** Fetch and keep one public URL, if the network allows; never fails the caller. */
async function warm(cacheName: string, url: string): Promise<void> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) return;
    const kept = await configWithoutSecrets(response);
    if (kept) await (await caches.open(cacheName)).put(url, kept);
  } catch {
    // Offline or refused: the page's own next fetch will try again.
  }
}

async function saveTable(next: RoutingTable): Promise<void> {
  table = next;
  const db = await localDb();
  await db.put('sw-settings', next, 'routing');
}

async function replay(): Promise<void> {
  try {
    await replayOutbox((input, init) => fetch(input, init));
  } catch (error) {
    console.warn('[hearth:sw] outbox replay failed', error);
  }
}
