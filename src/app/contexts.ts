/** What the shell provides to every area, through @lit/context. */
import { createContext } from '@lit/context';
import type { HearthConfig } from '../config/types.js';
import type { SettingsStore } from '../data/settings/settings-store.js';

export const configContext = createContext<HearthConfig>(Symbol('hearth-config'));
export const settingsContext = createContext<SettingsStore>(Symbol('hearth-settings'));

/** Facts about this run, for the About screen and diagnostics. */
export interface RuntimeInfo {
  version: string;
  platform: string;
  configUrl: string;
  /** How the config file was served: a file holding tokens must not be cached. */
  configCaching: { cacheControl: string | null; tokensInFile: boolean };
  /** Whether this build carries the embedded demo backend. */
  demo: boolean;
}

export const runtimeContext = createContext<RuntimeInfo>(Symbol('hearth-runtime'));
