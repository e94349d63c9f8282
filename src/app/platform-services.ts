/**
 * What the shell needs from the TV platform it runs on: its key codes, its key
 * registration and its way to exit. Detected once at start.
 */
import type { LogicalKey } from '../focus/logical-key.js';
import { detectPlatform, type PlatformId } from '../focus/platform.js';
import { readHbbtvVkTable, toLogicalKey } from '../focus/key-tables.js';
import { exitApplication, registerPlatformKeys } from '../focus/platform-keys.js';

export interface PlatformServices {
  readonly id: PlatformId;
  toLogicalKey(event: KeyboardEvent): LogicalKey | null;
  exit(): 'exited' | 'unsupported';
}

export function createPlatformServices(override: string | null): PlatformServices {
  const globals = window as unknown as Record<string, unknown>;
  const id = detectPlatform({ userAgent: navigator.userAgent, globals, override });
  const vk = id === 'hbbtv' ? readHbbtvVkTable(globals) : undefined;
  registerPlatformKeys(id, globals);
  return {
    id,
    toLogicalKey: (event) => toLogicalKey(event, id, vk),
    exit: () => exitApplication(id, globals),
  };
}
