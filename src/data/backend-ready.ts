/**
 * Data modules await this before their first request. In the demo build the
 * embedded backend lives in the service worker, so requests must wait until
 * the worker controls the page; everywhere else it is already resolved.
 */
let ready: Promise<void> = Promise.resolve();

export function setBackendReady(promise: Promise<void>): void {
  ready = promise;
}

export function backendReady(): Promise<void> {
  return ready;
}
