/**
 * Keeping secrets (Home Assistant and FHIR tokens) out of anything Hearth logs
 * or shows. Loader messages never quote field values, so these are the second
 * line of defence: for text that might quote them (a JSON parser's message, an
 * object someone wants to print, a URL with credentials in it).
 */

/**
 * Field names whose values are secrets, or personal data kept like them (the
 * household's address: sealed on the TV, never in a cache or a log).
 */
const SECRET_KEY = /token|secret|password|passwd|api[-_]?key|^address$/i;
/** Shorter values would blank out ordinary words if replaced in text. */
const MIN_SECRET_LENGTH = 4;
export const REDACTED = '[redacted]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A deep copy of `value` with every secret field's value replaced. */
export function redactSecrets<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redactValue(child);
  }
  return out;
}

/** The string values of every secret field in parsed data, at any depth. */
export function collectSecrets(value: unknown, into: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return into;
  for (const [key, child] of Object.entries(value)) {
    if (isSecretKey(key) && typeof child === 'string') into.push(child);
    else collectSecrets(child, into);
  }
  return into;
}

/** Secret values in JSON text that may not parse: `"token": "…"` pairs. */
export function collectSecretsFromText(text: string): string[] {
  const found: string[] = [];
  const pair = /"([^"\\]*)"\s*:\s*"((?:[^"\\]|\\.)*)"?/g;
  for (let match = pair.exec(text); match; match = pair.exec(text)) {
    if (isSecretKey(match[1] ?? '') && match[2]) found.push(match[2]);
  }
  return found;
}

/** `text` with each of `secrets` (long enough to be one) replaced. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** `url` without a password or the values of secret-looking query parameters. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.password) parsed.password = REDACTED;
  let changed = Boolean(parsed.password);
  for (const key of [...parsed.searchParams.keys()]) {
    if (isSecretKey(key) || /^(key|auth|access_token|sig|signature)$/i.test(key)) {
      parsed.searchParams.set(key, REDACTED);
      changed = true;
    }
  }
  return changed ? parsed.href : url;
}
