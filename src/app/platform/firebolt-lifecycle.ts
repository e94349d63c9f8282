/**
 * RDK set-top boxes with Firebolt: the box's app manager drives the app's
 * lifecycle over Firebolt's transport. Hearth tells it when the first screen
 * is ready, stops playing and polling while it is not in front, writes what was
 * typed when it is about to be unloaded, and leaves through `Lifecycle.close`.
 * Loaded only when the box provides a Firebolt transport (platform-lifecycle.ts).
 */
import { Lifecycle } from '@firebolt-js/sdk';
import type { LifecycleHooks, PlatformLifecycle } from './platform-lifecycle.js';

/**
 * Nothing here waits for the box to answer: a box that never does must not keep
 * the portal from its own way out, or from starting.
 */
export function startFireboltLifecycle(hooks: LifecycleHooks): PlatformLifecycle {
  const toFront = () => hooks.setActive(true);
  // Background (under another app or the box's menu), inactive, suspended: not in use.
  const toBack = () => hooks.setActive(false);
  listening('foreground', Lifecycle.listen('foreground', toFront));
  listening('background', Lifecycle.listen('background', toBack));
  listening('inactive', Lifecycle.listen('inactive', toBack));
  listening('suspended', Lifecycle.listen('suspended', toBack));
  const unloading = () => {
    toBack();
    hooks.save();
    // The box waits for finished() (or a timeout) before it tears the page down.
    void Lifecycle.finished().catch((error: unknown) => warn('finished', error));
  };
  listening('unloading', Lifecycle.listen('unloading', unloading));
  void hooks.firstFocus.then(() =>
    Lifecycle.ready().catch((error: unknown) => warn('ready', error)),
  );
  return {
    exit() {
      void Lifecycle.close(Lifecycle.CloseReason.USER_EXIT).catch((error: unknown) =>
        warn('close', error),
      );
      // The box unloads the app in its own time (after `unloading`, drafts written).
      return 'closing';
    },
  };
}

function listening(event: string, registration: Promise<number>): void {
  registration.catch((error: unknown) => warn(`listen(${event})`, error));
}

function warn(call: string, error: unknown): void {
  console.warn(`[hearth:platform] Firebolt Lifecycle.${call} failed`, error);
}
