/**
 * The household PIN's lock: one for the whole portal, so unlocking health also
 * opens government services until the TV has been left alone for a while.
 * It is never unlocked after a reload or when the TV goes to standby.
 *
 * States: 'no-pin' (none set yet: areas behind it ask to set one), 'locked',
 * 'unlocked'. Listeners hear 'change'.
 */
import type { ServiceDefinition } from '../../app/shell-services.js';
import { hashPin, verifyPin } from './pin-hash.js';
import { readFailures, readStoredPin, writeFailures, writeStoredPin } from './pin-store.js';
import { afterWrongTry, freeTriesLeft, NO_FAILURES } from './pin-throttle.js';

export const PIN_LENGTH = 6;
/** Five minutes without a key press locks again. */
export const IDLE_LOCK_MS = 5 * 60_000;

export type PinLockState = 'no-pin' | 'locked' | 'unlocked';

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; triesLeft: number; waitUntil: number }
  | { ok: false; reason: 'wait'; waitUntil: number }
  | { ok: false; reason: 'no-pin' };

export const isPinShaped = (pin: string): boolean => new RegExp(`^\\d{${PIN_LENGTH}}$`).test(pin);

export class PinLock extends EventTarget {
  /** Digits in a PIN, for the pads that ask for one. */
  readonly length = PIN_LENGTH;
  private _unlocked = false;
  private _idleTimer: ReturnType<typeof setTimeout> | null = null;
  private _queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly _now: () => number = Date.now,
    private readonly _idleMs = IDLE_LOCK_MS,
  ) {
    super();
  }

  get state(): PinLockState {
    if (!readStoredPin()) return 'no-pin';
    return this._unlocked ? 'unlocked' : 'locked';
  }

  /** When the next try will be accepted (0: now). */
  get waitUntil(): number {
    const { lockedUntil } = readFailures();
    return lockedUntil > this._now() ? lockedUntil : 0;
  }

  /** Tries are checked one after another, so a quick second try counts after the first. */
  unlock(pin: string): Promise<UnlockResult> {
    const result = this._queue.then(() => this._unlock(pin));
    this._queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private async _unlock(pin: string): Promise<UnlockResult> {
    const stored = readStoredPin();
    if (!stored) return { ok: false, reason: 'no-pin' };
    const failures = readFailures();
    if (failures.lockedUntil > this._now()) {
      return { ok: false, reason: 'wait', waitUntil: failures.lockedUntil };
    }
    if (await verifyPin(pin, stored)) {
      writeFailures(NO_FAILURES);
      this._setUnlocked(true);
      return { ok: true };
    }
    const next = afterWrongTry(failures, this._now());
    writeFailures(next);
    return {
      ok: false,
      reason: 'wrong',
      triesLeft: freeTriesLeft(next),
      waitUntil: next.lockedUntil > this._now() ? next.lockedUntil : 0,
    };
  }

  /** Sets the first PIN, or changes it (the caller has checked the old one). */
  async setPin(pin: string): Promise<void> {
    if (!isPinShaped(pin)) throw new Error(`A PIN has ${PIN_LENGTH} digits`);
    writeStoredPin(await hashPin(pin));
    writeFailures(NO_FAILURES);
    this._setUnlocked(true);
  }

  /** Checks a PIN without changing the lock (for "change PIN": old one first). */
  async check(pin: string): Promise<UnlockResult> {
    const wasUnlocked = this._unlocked;
    const result = await this.unlock(pin);
    if (!wasUnlocked && result.ok) this._setUnlocked(false);
    return result;
  }

  lock(): void {
    this._setUnlocked(false);
  }

  /** A key was pressed: the idle clock starts again. */
  noteActivity(): void {
    if (this._unlocked) this._armIdleTimer();
  }

  private _setUnlocked(unlocked: boolean): void {
    const changed = this._unlocked !== unlocked;
    this._unlocked = unlocked;
    if (unlocked) this._armIdleTimer();
    else if (this._idleTimer !== null) clearTimeout(this._idleTimer);
    if (changed) this.dispatchEvent(new Event('change'));
  }

  private _armIdleTimer(): void {
    if (this._idleTimer !== null) clearTimeout(this._idleTimer);
    this._idleTimer = setTimeout(() => this.lock(), this._idleMs);
  }
}

/** The lock that locks itself when the page is hidden (standby, another app). */
class HouseholdPinLock extends PinLock {
  readonly lockWhenHidden = () => {
    if (document.visibilityState === 'hidden') this.lock();
  };
}

/**
 * The portal's one lock, from the shell's registry (app/shell-services.ts):
 * every area behind the PIN shares it.
 */
export const householdPinService: ServiceDefinition<PinLock> = {
  name: 'household.pin',
  create: () => {
    const lock = new HouseholdPinLock();
    document.addEventListener('visibilitychange', lock.lockWhenHidden);
    return lock;
  },
  stop: (lock) => {
    lock.lock();
    if (lock instanceof HouseholdPinLock) {
      document.removeEventListener('visibilitychange', lock.lockWhenHidden);
    }
  },
};
