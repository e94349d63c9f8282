/**
 * LG webOS: launched again from the launcher while it runs, the app gets
 * `webOSRelaunch` on the document instead of a new page; the household expects
 * the portal's home, as a fresh start would give. (appinfo.json leaves
 * `handlesRelaunch` false, so webOS itself brings the app to the front.)
 *
 * Leaving goes through `platformExit`'s webOS branch (platform-keys.ts), which
 * needs no lifecycle state.
 */
import type { LifecycleHooks, PlatformLifecycle } from './platform-lifecycle.js';

export function startWebOsLifecycle(
  globals: Record<string, unknown>,
  hooks: LifecycleHooks,
): PlatformLifecycle {
  const document = globals['document'] as Pick<Document, 'addEventListener'> | undefined;
  document?.addEventListener('webOSRelaunch', () => hooks.goHome(), true);
  return {};
}
