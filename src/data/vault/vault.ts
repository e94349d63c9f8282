/**
 * Encryption at rest for personal data kept on the TV (queued submissions,
 * drafts, tokens): AES-GCM with a key that is generated here, non-extractable,
 * and stored as a CryptoKey object in IndexedDB — script can use it but never
 * read its bytes, and a household reset deletes it with the data.
 */
import { localDb } from '../local-db.js';

const KEY_ID = 'vault-aes-gcm-256';

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

let keyPromise: Promise<CryptoKey> | null = null;

async function vaultKey(): Promise<CryptoKey> {
  const db = await localDb();
  const existing = await db.get('keys', KEY_ID);
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  // Two contexts (page and worker) may race to create it: keep whichever landed first.
  const tx = db.transaction('keys', 'readwrite');
  const raced = await tx.store.get(KEY_ID);
  if (raced) {
    await tx.done;
    return raced;
  }
  await tx.store.put(key, KEY_ID);
  await tx.done;
  return key;
}

function key(): Promise<CryptoKey> {
  keyPromise ??= vaultKey().catch((error: unknown) => {
    keyPromise = null;
    throw error;
  });
  return keyPromise;
}

/** Forget the cached key (after a household reset deleted it). */
export function forgetVaultKey(): void {
  keyPromise = null;
}

export async function seal(value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), plain);
  return { iv, data };
}

export async function unseal<T>(sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv },
    await key(),
    sealed.data,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
