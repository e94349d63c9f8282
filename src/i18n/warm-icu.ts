/**
 * Starts warm-icu-worker.ts, which loads ICU's data off the main thread while
 * the portal starts (why: see that file), and says when it is done: the top
 * bar's clock, the page's first Intl.DateTimeFormat, draws its first time then,
 * so the main thread finds the data loaded instead of racing the worker to it
 * (with a profiler attached, the worker started late and both loaded it).
 *
 * Built as the guide worker is (src/data/guide/create-guide-worker.ts): a
 * classic script in builds, for engines without module workers; a module
 * worker on the dev server. An engine without workers, one that refuses this
 * one, or a worker that has not answered in WAIT_MS: the clock goes on and
 * loads the data itself, as before.
 */
const WAIT_MS = 3_000;

let warmed: Promise<void> | null = null;

/** Starts the worker once; resolves when ICU's data is loaded, or when waiting stops making sense. */
export function warmIcuOffMainThread(): Promise<void> {
  warmed ??= new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      const worker = import.meta.env.DEV
        ? new Worker(new URL('./warm-icu-worker.ts', import.meta.url), { type: 'module' })
        : new Worker(new URL('./warm-icu-worker.ts', import.meta.url));
      worker.onmessage = done;
      worker.onerror = (event) => {
        console.warn('[hearth:i18n] ICU warm-up worker failed', event.message);
        done();
      };
    } catch (error) {
      console.warn('[hearth:i18n] ICU warm-up worker', error);
      done();
    }
  });
  return warmed;
}
