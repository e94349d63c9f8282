/**
 * Starts the channel-list worker, built as the guide worker is (see
 * src/data/guide/create-guide-worker.ts): a classic script in builds, since
 * engines before Chromium 80 have no module workers and Chromium 69–79 throw
 * on `type: 'module'`; a module worker on the dev server, which serves the
 * worker's modules unbundled.
 */
export function createChannelListWorker(): Worker {
  return import.meta.env.DEV
    ? new Worker(new URL('./channel-list-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./channel-list-worker.ts', import.meta.url));
}
