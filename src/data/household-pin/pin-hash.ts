/**
 * The household PIN is never stored: only a PBKDF2-SHA-256 hash of it with a
 * random salt (WebCrypto, native even on old TV engines). A six-digit PIN has a
 * million values, so the hash alone cannot stop a patient attacker with the
 * storage in hand; it keeps the PIN out of plain sight, and the wrong-try
 * throttle (pin-throttle.ts) is what stops guessing at the TV.
 */

/** Tuned so a 2018 TV checks a PIN in well under a second. */
export const PIN_ITERATIONS = 100_000;

export interface StoredPin {
  version: 1;
  iterations: number;
  /** Base64 of 16 random bytes. */
  salt: string;
  /** Base64 of the 32-byte derived key. */
  hash: string;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<StoredPin> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return { version: 1, iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so timing tells nothing. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export async function verifyPin(pin: string, stored: StoredPin): Promise<boolean> {
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return sameBytes(hash, fromBase64(stored.hash));
}

export function isStoredPin(value: unknown): value is StoredPin {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StoredPin>;
  return (
    candidate.version === 1 &&
    typeof candidate.iterations === 'number' &&
    candidate.iterations >= 1 &&
    typeof candidate.salt === 'string' &&
    typeof candidate.hash === 'string'
  );
}
