/**
 * The two files a Lightning SDK app is described by, read as the SDK's
 * startApp.js reads them: `settings.json` (`appSettings`, `platformSettings`)
 * and `metadata.json` (name, identifier, version, icon). A missing or broken
 * settings file starts the app on defaults and says so in the log, as the SDK
 * does; metadata falls back to Hearth's own name.
 */
import type { PlatformSettings } from '@lightningjs/sdk';
import { parseJson } from '../config/parse-json.js';

export interface AppSettingsFile {
  appSettings: Record<string, unknown> & { stage?: Record<string, unknown> };
  /** The SDK reads `width`/`height` too (its Application), which its type leaves out. */
  platformSettings: PlatformSettings & { width?: unknown; height?: unknown };
}

export interface AppMetadata {
  name: string;
  identifier: string;
  version: string;
  icon?: string;
}

const DEFAULT_SETTINGS: AppSettingsFile = {
  appSettings: {},
  platformSettings: { path: './static', esEnv: 'es6' },
};

const DEFAULT_METADATA: AppMetadata = {
  name: 'Hearth',
  identifier: 'hearth.live-tv',
  version: __HEARTH_VERSION__,
};

export async function readAppFiles(
  base: string,
): Promise<{ settings: AppSettingsFile; metadata: AppMetadata }> {
  const [settings, metadata] = await Promise.all([
    readObject(new URL('settings.json', base).href),
    readObject(new URL('metadata.json', base).href),
  ]);
  return {
    settings: settings
      ? {
          appSettings: { ...objectAt(settings, 'appSettings') },
          platformSettings: {
            ...DEFAULT_SETTINGS.platformSettings,
            ...objectAt(settings, 'platformSettings'),
          },
        }
      : DEFAULT_SETTINGS,
    metadata: {
      name: textAt(metadata, 'name') ?? DEFAULT_METADATA.name,
      identifier: textAt(metadata, 'identifier') ?? DEFAULT_METADATA.identifier,
      version: textAt(metadata, 'version') ?? DEFAULT_METADATA.version,
      icon: textAt(metadata, 'icon'),
    },
  };
}

async function readObject(url: string): Promise<Record<string, unknown> | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = parseJson(await response.text());
    if (!parsed.ok) throw new Error(parsed.reason);
    if (!isRecord(parsed.value)) throw new Error('not a JSON object');
    return parsed.value;
  } catch (error) {
    console.warn('[hearth:lightning-app] using defaults for', url, String(error));
    return null;
  }
}

function objectAt(from: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = from[key];
  return isRecord(value) ? value : {};
}

function textAt(from: Record<string, unknown> | null, key: string): string | undefined {
  const value = from?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
