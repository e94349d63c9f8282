/**
 * How much work judging one pattern may take (pattern-safety.ts), and what is
 * thrown when a pattern would take more. Together in one file because they are
 * one decision: a pattern past any of them is refused as 'too-complex' rather
 * than judged slowly on the TV's main thread.
 */

/** Longest pattern judged (UTF-16 code units). */
export const MAX_PATTERN_LENGTH = 1_000;
/** Groups inside groups. */
export const MAX_GROUP_DEPTH = 32;
/** Counted repeats up to this many are modelled exactly; longer ones as a loop. */
export const EXACT_REPEAT = 20;
/** Characters and classes after counted repeats are written out. */
export const MAX_POSITIONS = 400;
/** Steps for one pattern, whatever the budget left. */
export const STEPS_PER_PATTERN = 100_000;

/** The pattern is too big (or the budget too small) to judge: it is refused, never let through. */
export class TooComplex extends Error {}
