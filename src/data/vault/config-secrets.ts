/**
 * The page's half of keeping config tokens out of the service worker's cache
 * (see config/secret-fields.ts): the secrets of the last config read from the
 * network are kept sealed in IndexedDB; a config read from the cache (markers
 * instead of tokens) gets them back. Without a kept secret the marker stays,
 * and the area explains that it cannot sign in.
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

async function keptSecrets(): Promise<SecretsByPath> {
  const db = await localDb();
  const sealed = (await db.get('sw-settings', RECORD_KEY)) as Sealed | undefined;
  return sealed ? await unseal<SecretsByPath>(sealed) : {};
}

async function keepSecrets(secrets: SecretsByPath): Promise<void> {
  const db = await localDb();
  await db.put('sw-settings', await seal(secrets), RECORD_KEY);
}

/**
 * Returns the config with its secrets whole. Seals fresh secrets in the
 * background (nothing waits on it); waits only when a secret must be unsealed.
 */
export async function withConfigSecrets<T>(config: T): Promise<T> {
  if (hasMarkedSecrets(config)) {
    try {
      return withSecretsRestored(config, await keptSecrets());
    } catch (error) {
      console.warn('[hearth:vault] could not unseal the config secrets', error);
      return config;
    }
  }
  const fresh = secretsIn(config);
  if (Object.keys(fresh).length > 0) {
    void keepSecrets(fresh).catch((error: unknown) =>
      console.warn('[hearth:vault] could not seal the config secrets', error),
    );
  }
  return config;
}
