/**
 * What the shell needs from the TV platform it runs on: its key codes, its key
 * registration, its lifecycle and its way to exit. Detected once at start;
 * every platform-specific branch is reached from here.
 */
import type { LogicalKey } from '../../focus/logical-key.js';
import { detectPlatform, type PlatformId } from '../../focus/platform.js';
import { readHbbtvVkTable, toLogicalKey } from '../../focus/key-tables.js';
import { exitApplication, registerPlatformKeys } from '../../focus/platform-keys.js';
import {
  startPlatformLifecycle,
  type ExitResult,
  type LifecycleHooks,
  type PlatformLifecycle,
} from './platform-lifecycle.js';

export interface PlatformServices {
  readonly id: PlatformId;
  toLogicalKey(event: KeyboardEvent): LogicalKey | null;
  exit(): ExitResult;
  /** Relaunch, background and unload handling, where the platform has them. */
  startLifecycle(hooks: LifecycleHooks): Promise<void>;
}

export function createPlatformServices(override: string | null): PlatformServices {
  const globals = window as unknown as Record<string, unknown>;
  const id = detectPlatform({ userAgent: navigator.userAgent, globals, override });
  const vk = id === 'hbbtv' ? readHbbtvVkTable(globals) : undefined;
  registerPlatformKeys(id, globals);
  let lifecycle: PlatformLifecycle = {};
  return {
    id,
    toLogicalKey: (event) => toLogicalKey(event, id, vk),
    exit: () => lifecycle.exit?.() ?? exitApplication(id, globals),
    async startLifecycle(hooks) {
      lifecycle = await startPlatformLifecycle(id, globals, hooks);
    },
  };
}
