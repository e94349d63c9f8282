/**
 * Starts warm-icu-worker.ts, which loads ICU's data off the main thread while
 * the portal starts (why: see that file). Built as the guide worker is
 * (src/data/guide/create-guide-worker.ts): a classic script in builds, for
 * engines without module workers; a module worker on the dev server. An
 * engine without workers, or one that refuses this one, simply loads the data
 * on first use, as before.
 */
export function warmIcuOffMainThread(): void {
  try {
    if (import.meta.env.DEV) {
      new Worker(new URL('./warm-icu-worker.ts', import.meta.url), { type: 'module' });
    } else {
      new Worker(new URL('./warm-icu-worker.ts', import.meta.url));
    }
  } catch (error) {
    console.warn('[hearth:i18n] ICU warm-up worker', error);
  }
}
