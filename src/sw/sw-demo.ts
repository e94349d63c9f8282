/**
 * The demo build's service worker: Hearth's worker plus the embedded demo
 * backend. msw's fetch interceptor is installed first, so every fetch the
 * worker makes — Workbox strategies included — reaches the demo handlers for
 * /demo-api/ and the network for everything else. MSW's own worker is never
 * registered (it would replace this one).
 */
/// <reference lib="webworker" />
// First: what old engines lack, then the localStorage msw's modules need while they load.
import './engine-polyfills.js';
import './streams-polyfill.js';
import './memory-storage.js';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { http, getResponse } from 'msw';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { createDemoBackend, type DemoBackend } from '../demo/handlers.js';
import { DEMO_BASE, DEMO_ENDPOINTS } from '../demo/endpoints.js';
import type { RoutingTable } from './request-kind.js';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { installWorker } from './install-worker.js';
import { loadDemoState, saveDemoState } from './demo-state-store.js';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Parameters<typeof installWorker>[0];
};

/** How the demo backend's own endpoints are cached: as the operator's would be. */
function demoRoutingTable(origin: string): RoutingTable {
  const at = (path: string) => new URL(path, origin).href;
  return {
    publicData: [at(`${DEMO_BASE}/channels/`), at(DEMO_ENDPOINTS.serviceCatalog)],
    liveData: [at(`${DEMO_BASE}/alerts/`)],
    personal: [
      at(DEMO_ENDPOINTS.fhirBase),
      at(DEMO_ENDPOINTS.homeAssistant),
      at(DEMO_ENDPOINTS.serviceSubmit),
    ],
    publicConfig: [],
  };
}

// The saved state loads asynchronously, but requests can arrive the moment the
// worker starts: one gate handler waits for it, then asks the real handlers.
const backend: Promise<DemoBackend> = loadDemoState().then((state) =>
  createDemoBackend({ state, onStateChange: saveDemoState }),
);
const gate = http.all(`${DEMO_BASE}/*`, async ({ request }) =>
  getResponse((await backend).handlers, request),
);

const network = defineNetwork({
  sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
  handlers: [gate],
  onUnhandledFrame: 'bypass',
});
void network.enable();

installWorker(self.__WB_MANIFEST, demoRoutingTable(self.location.origin), [
  new RegExp(`^${DEMO_BASE}/`),
]);

// Whatever Hearth's own routes leave alone under /demo-api/ (the demo's POSTs,
// for instance) must still be fetched from inside the worker, where msw answers.
for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const) {
  registerRoute(
    ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${DEMO_BASE}/`),
    new NetworkOnly(),
    method,
  );
}
