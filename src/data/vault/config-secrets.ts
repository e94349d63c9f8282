/**
 * The page's half of keeping config tokens out of the service worker's cache
 * (see config/secret-fields.ts): the secrets of the last config read from the
 * network are kept sealed in IndexedDB; a config read from the cache (markers
 * instead of tokens) gets them back. Without a kept secret the marker stays,
 * and the area explains that it cannot sign in.
 *
 * Each kept secret is bound to the origin of the config that supplied it and to the
 * origin of the server it is for (the `url` or `fhirBaseUrl` beside it). A marker in
 * a config from elsewhere (?config= on another host), or beside another server's
 * address, gets nothing: a config cannot lure the household's tokens to its own host.
 */
import {
  hasMarkedSecrets,
  secretsIn,
  withSecretsRestored,
  type SecretsByPath,
} from '../../config/secret-fields.js';
import { localDb } from '../local-db.js';
import { seal, unseal, type Sealed } from './vault.js';

/** In the IndexedDB store shared with the worker's settings: one small record. */
const RECORD_KEY = 'sealed-config-secrets';

/** A secret and where it may go back: the config's origin and its server's origin. */
interface KeptSecret {
  /** Its JSON pointer in the config. */
  path: string;
  value: string;
  configOrigin: string;
  sourceOrigin: string | null;
}

/**
 * Keyed by config origin and path: a config from another host keeps its own secrets
 * beside the operator's instead of replacing them.
 */
type KeptSecrets = Record<string, KeptSecret>;

/** The address fields that name the server a secret beside them is for. */
const SOURCE_FIELDS = ['url', 'fhirBaseUrl'];

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The origin of the server the secret at `path` is for, or null when none is named. */
export function sourceOriginOf(config: unknown, path: string, configUrl: string): string | null {
  let parent: unknown = config;
  for (const segment of path.split('/').slice(1, -1)) {
    if (typeof parent !== 'object' || parent === null) return null;
    parent = (parent as Record<string, unknown>)[unescapePointer(segment)];
  }
  if (typeof parent !== 'object' || parent === null) return null;
  for (const field of SOURCE_FIELDS) {
    const address = (parent as Record<string, unknown>)[field];
    if (typeof address !== 'string') continue;
    try {
      return new URL(address, configUrl).origin;
    } catch {
      return null;
    }
  }
  return null;
}

async function keptSecrets(): Promise<KeptSecrets> {
  const db = await localDb();
  const sealed = (await db.get('sw-settings', RECORD_KEY)) as Sealed | undefined;
  return sealed ? await unseal<KeptSecrets>(sealed) : {};
}

async function keepSecrets(secrets: KeptSecrets): Promise<void> {
  const db = await localDb();
  await db.put('sw-settings', await seal(secrets), RECORD_KEY);
}

/** The kept secrets this config may have back: same config origin, same server. */
function secretsFor(config: unknown, configUrl: string, kept: KeptSecrets): SecretsByPath {
  const configOrigin = new URL(configUrl).origin;
  const allowed: SecretsByPath = {};
  for (const secret of Object.values(kept)) {
    // A record from before secrets were bound (a bare string) names no origin: not restored.
    if (typeof secret !== 'object' || secret === null) continue;
    if (secret.configOrigin !== configOrigin) continue;
    if (secret.sourceOrigin !== sourceOriginOf(config, secret.path, configUrl)) continue;
    allowed[secret.path] = secret.value;
  }
  return allowed;
}

/** This config origin's secrets replace the ones it gave before; other origins' stay. */
async function keepFresh(config: unknown, configUrl: string, fresh: SecretsByPath): Promise<void> {
  const configOrigin = new URL(configUrl).origin;
  const kept = await keptSecrets().catch(() => ({}) as KeptSecrets);
  const next: KeptSecrets = {};
  for (const [key, secret] of Object.entries(kept)) {
    if (typeof secret === 'object' && secret !== null && secret.configOrigin !== configOrigin)
      next[key] = secret;
  }
  for (const [path, value] of Object.entries(fresh)) {
    const sourceOrigin = sourceOriginOf(config, path, configUrl);
    next[`${configOrigin}${path}`] = { path, value, configOrigin, sourceOrigin };
  }
  await keepSecrets(next);
}

/**
 * Returns the config with its secrets whole. Seals fresh secrets in the
 * background (nothing waits on it); waits only when a secret must be unsealed.
 * `configUrl` is the absolute address the config came from.
 */
export async function withConfigSecrets<T>(config: T, configUrl: string): Promise<T> {
  if (hasMarkedSecrets(config)) {
    try {
      const restored = secretsFor(config, configUrl, await keptSecrets());
      return withSecretsRestored(config, restored);
    } catch (error) {
      console.warn('[hearth:vault] could not unseal the config secrets', error);
      return config;
    }
  }
  const fresh = secretsIn(config);
  if (Object.keys(fresh).length > 0) {
    void keepFresh(config, configUrl, fresh).catch((error: unknown) =>
      console.warn('[hearth:vault] could not seal the config secrets', error),
    );
  }
  return config;
}
