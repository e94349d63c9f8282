/**
 * A TV platform's lifecycle beside its keys: being relaunched, sent to the
 * background, unloaded, and left through the platform rather than the page.
 * Each platform's part is its own module, imported only on that platform, so a
 * webOS TV never downloads Firebolt and a desktop downloads none of them.
 */
import type { PlatformId } from '../../focus/platform.js';

/** What the shell offers a platform's lifecycle. */
export interface LifecycleHooks {
  /** Resolves once the first screen has its focus (the platform's "ready"). */
  readonly firstFocus: Promise<void>;
  /** The portal to the front, at home (a relaunch from the launcher). */
  goHome(): void;
  /** The platform put Hearth in front (true) or behind another app (false). */
  setActive(active: boolean): void;
  /** The page is about to be unloaded: write everything typed now. */
  save(): void;
}

/**
 * How leaving went: 'exited' (the page goes at once, or was asked to by a call
 * that may be ignored), 'closing' (the platform unloads the app in its own
 * time, as a Firebolt box does), 'unsupported' (nothing was done: the household
 * is told to press Home).
 */
export type ExitResult = 'exited' | 'closing' | 'unsupported';

/** What a platform's lifecycle gives back: its own way out, when it has one. */
export interface PlatformLifecycle {
  exit?(): ExitResult;
}

/**
 * Starts the platform's lifecycle handling, or does nothing where the platform
 * has none. Never rejects: a platform object that misbehaves must not stop the
 * portal, only leave it without that platform's extras.
 */
export async function startPlatformLifecycle(
  platform: PlatformId,
  globals: Record<string, unknown>,
  hooks: LifecycleHooks,
): Promise<PlatformLifecycle> {
  try {
    if (platform === 'webos') {
      const { startWebOsLifecycle } = await import('./webos-lifecycle.js');
      return startWebOsLifecycle(globals, hooks);
    }
    if (platform === 'rdk' && fireboltIsProvided(globals)) {
      const { startFireboltLifecycle } = await import('./firebolt-lifecycle.js');
      return startFireboltLifecycle(hooks);
    }
  } catch (error) {
    console.warn('[hearth:platform] lifecycle not started', platform, error);
  }
  return {};
}

/**
 * Whether the box runs Firebolt: its transport is a WebSocket endpoint or a
 * transport object the box injects as `window.__firebolt`, or the older
 * ServiceManager bridge. Without one, the SDK would talk to its own mock, so it
 * is not loaded at all. Checked before the SDK is imported, which adds its own
 * `__firebolt` object.
 */
export function fireboltIsProvided(globals: Record<string, unknown>): boolean {
  const firebolt = globals['__firebolt'];
  if (isObject(firebolt)) {
    const endpoint = firebolt['endpoint'];
    if (typeof endpoint === 'string' && /^wss?:\/\//.test(endpoint)) return true;
    if (typeof firebolt['getTransportLayer'] === 'function') return true;
    if (isObject(firebolt['transport'])) return true;
  }
  const serviceManager = globals['ServiceManager'];
  return isObject(serviceManager) && Boolean(serviceManager['version']);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}
