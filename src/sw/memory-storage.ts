/**
 * An in-memory `localStorage` for the worker: msw's cookie store expects one,
 * and a service worker has none. A side-effect module, imported before msw so
 * the storage exists while msw's modules load. Nothing here outlives the worker.
 */
/// <reference lib="webworker" />
declare const self: WorkerGlobalScope;

if (!('localStorage' in self)) {
  const data = new Map<string, string>();
  const storage = {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key: string) => data.get(key) ?? null,
    key: (index: number) => [...data.keys()][index] ?? null,
    removeItem: (key: string) => void data.delete(key),
    setItem: (key: string, value: string) => void data.set(key, String(value)),
  };
  Object.defineProperty(self, 'localStorage', { value: storage, configurable: true });
}

export {};
