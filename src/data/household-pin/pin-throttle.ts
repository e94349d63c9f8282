/**
 * How long the TV makes the household wait after wrong PINs: the first three
 * tries are free (a finger slips, a grandchild guesses), then each further
 * wrong try doubles the wait from 30 seconds, up to a quarter of an hour.
 * The count survives a reload, so switching the TV off does not reset it.
 */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

export interface PinFailures {
  /** Wrong tries since the last right one. */
  count: number;
  /** No try is accepted before this time (ms since epoch). */
  lockedUntil: number;
}

export const NO_FAILURES: PinFailures = { count: 0, lockedUntil: 0 };

export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

export function afterWrongTry(previous: PinFailures, now: number): PinFailures {
  const count = previous.count + 1;
  return { count, lockedUntil: now + waitAfter(count) };
}

/** Tries left before the TV starts making the household wait. */
export function freeTriesLeft(failures: PinFailures): number {
  return Math.max(0, FREE_TRIES - failures.count);
}
