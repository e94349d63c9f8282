/**
 * The service worker keeps a copy of the operator's config for offline starts;
 * that copy must not hold the Home Assistant or FHIR tokens in the clear (Cache
 * Storage is not encrypted). So the cached copy carries a marker where each
 * secret was, and the page keeps the secrets sealed by the vault
 * (data/vault/config-secrets.ts) and puts them back on an offline start.
 */
import { isSecretKey } from './redact.js';

export const SEALED_MARKER = '[kept-sealed-on-this-tv]';

/** Secret values by JSON pointer, e.g. { '/sources/home/token': '…' }. */
export type SecretsByPath = Record<string, string>;

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every secret string in `value`, by path (markers excluded). */
export function secretsIn(value: unknown, path = '', into: SecretsByPath = {}): SecretsByPath {
  if (typeof value !== 'object' || value === null) return into;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${escapePointer(key)}`;
    if (isSecretKey(key) && typeof child === 'string') {
      if (child !== SEALED_MARKER) into[childPath] = child;
    } else secretsIn(child, childPath, into);
  }
  return into;
}

/** A deep copy with each secret string replaced by the marker. */
export function withSecretsMarked<T>(value: T): T {
  return mark(value) as T;
}

function mark(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mark);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = isSecretKey(key) && typeof child === 'string' ? SEALED_MARKER : mark(child);
  }
  return out;
}

/** A deep copy with each marker replaced by the kept secret of its path (when there is one). */
export function withSecretsRestored<T>(value: T, secrets: SecretsByPath, path = ''): T {
  if (Array.isArray(value)) {
    return value.map((child, i) => withSecretsRestored(child, secrets, `${path}/${i}`)) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${escapePointer(key)}`;
    out[key] =
      child === SEALED_MARKER && isSecretKey(key)
        ? (secrets[childPath] ?? child)
        : withSecretsRestored(child, secrets, childPath);
  }
  return out as T;
}

/** True when some secret is only a marker (an offline start from the cached copy). */
export function hasMarkedSecrets(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, child]) =>
    child === SEALED_MARKER && isSecretKey(key) ? true : hasMarkedSecrets(child),
  );
}
