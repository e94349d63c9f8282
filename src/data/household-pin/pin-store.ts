/**
 * Where the PIN's hash and the wrong-try count live: localStorage, so that a
 * household reset (which clears it) also forgets the PIN. Neither is personal
 * data: the hash is salted (pin-hash.ts), the count is a number.
 */
import { isStoredPin, type StoredPin } from './pin-hash.js';
import { NO_FAILURES, type PinFailures } from './pin-throttle.js';

const PIN_KEY = 'hearth.pin';
const FAILURES_KEY = 'hearth.pin.failures';

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch (error) {
    console.warn('[hearth:pin] storage refused the write', error);
  }
}

export function readStoredPin(): StoredPin | null {
  const value = read(PIN_KEY);
  return isStoredPin(value) ? value : null;
}

export function writeStoredPin(pin: StoredPin | null): void {
  write(PIN_KEY, pin);
}

export function readFailures(): PinFailures {
  const value = read(FAILURES_KEY) as Partial<PinFailures> | null;
  if (typeof value?.count !== 'number' || typeof value.lockedUntil !== 'number') return NO_FAILURES;
  return { count: value.count, lockedUntil: value.lockedUntil };
}

export function writeFailures(failures: PinFailures): void {
  write(FAILURES_KEY, failures.count === 0 ? null : failures);
}
