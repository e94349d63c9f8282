/**
 * Starts the guide worker. The `new Worker(new URL(…, import.meta.url))` form
 * is what Vite recognises to bundle guide-worker.ts and its imports into one
 * file. In builds that file is a classic script (Vite's default
 * `worker.format: 'iife'`), because engines before Chromium 80 have no module
 * workers, and it is started without `type: 'module'`: Chromium 69–79 throw
 * on that option instead of ignoring it. The dev server serves the worker's
 * modules unbundled, so there it must be a module worker.
 */
export function createGuideWorker(): Worker {
  return import.meta.env.DEV
    ? new Worker(new URL('./guide-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./guide-worker.ts', import.meta.url));
}
