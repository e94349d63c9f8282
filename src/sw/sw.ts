/**
 * The production service worker: no demo code (see sw-demo.ts for the demo build).
 */
/// <reference lib="webworker" />
import './engine-polyfills.js';
import { installWorker } from './install-worker.js';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Parameters<typeof installWorker>[0];
};

installWorker(self.__WB_MANIFEST);
