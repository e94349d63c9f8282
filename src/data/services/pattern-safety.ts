/**
 * Whether a regular expression from a remote form schema (`pattern`, a
 * `patternProperties` key) can make the TV's regex engine backtrack for
 * seconds on a short input. ajv runs those patterns on the main thread
 * (`new RegExp(pattern, 'u')`), and a backtracking engine cannot be stopped
 * once it has started: `^(\d+)+$` against 28 digits and an `x` took 2.8 s.
 *
 * Written here rather than taken from npm. safe-regex2 (star height only) both
 * misses overlapping alternatives under a star (`(a|a)*`, `(\w|\d)+`) and
 * refuses everyday patterns such as `^\d+(\.\d{1,2})?$`; redos-detector is
 * 200 kB, cannot parse named groups, and answers "unsafe" when its time limit
 * runs out, so its verdict would depend on how fast the TV is; recheck needs a
 * worker (synckit) or WebAssembly.
 *
 * The method is the textbook one (Weber & Seidl; Allauzen, Mohri & Rastogi,
 * "General algorithms for testing the ambiguity of finite automata"): the
 * pattern becomes a position automaton (Glushkov) that keeps how many ways
 * each step can be taken, and
 * - it is refused when some input can go round one loop in two different ways
 *   (exponential ambiguity: `(a+)+`, `(a*)*`, `(a|a)*`, `(\d{1,3})+`, `([a-z]+\s?)+`);
 * - it is refused when more than MAX_DEGREE loops can take turns at the same
 *   text (polynomial ambiguity of high degree: `\d*\d*\d*\d*\d*`, `(\d+){20}`).
 * Loops separated by a character the other cannot take are not ambiguous, so
 * `^[\u4e00-\u9fa5]+(·[\u4e00-\u9fa5]+)*$` or `^([a-z0-9-]+\.)+[a-z]{2,}$` pass.
 *
 * The analysis over-approximates what it cannot model (a backreference stands
 * for any text, `\p{…}` for any character, long counted repeats for a loop):
 * it may refuse a harmless pattern, never the reverse. Its work is bounded:
 * a pattern too big to judge within the budget is refused as 'too-complex'.
 *
 * This file gives the verdict; the steps are beside it: pattern-parser.ts reads
 * the pattern, pattern-automaton.ts builds the automaton, pattern-ambiguity.ts
 * looks for the two kinds of ambiguity, on the sets of pattern-charsets.ts and
 * within the bounds of pattern-limits.ts.
 */
import { degree, exponential } from './pattern-ambiguity.js';
import { Automaton } from './pattern-automaton.js';
import { MAX_PATTERN_LENGTH, STEPS_PER_PATTERN, TooComplex } from './pattern-limits.js';
import { ANY_TEXT, Parser, type PatternNode } from './pattern-parser.js';

/** Loops that may take turns at the same text: O(n^(degree + 1)) backtracking. */
export const MAX_DEGREE = 3;

export type PatternVerdict =
  | { safe: true }
  | {
      safe: false;
      /** 'invalid': not a `u`-mode regular expression (ajv reports it when compiling). */
      reason: 'exponential' | 'polynomial' | 'too-complex' | 'invalid';
    };

/** Steps left for judging patterns, shared by everything one catalogue holds. */
export interface PatternBudget {
  steps: number;
}

export function patternBudget(steps = 1_000_000): PatternBudget {
  return { steps };
}

const verdicts = new Map<string, PatternVerdict>();

/** How `pattern` (a JSON Schema `pattern`, run as `new RegExp(pattern, 'u')`) can backtrack. */
export function checkPattern(
  pattern: string,
  budget: PatternBudget = patternBudget(),
): PatternVerdict {
  const known = verdicts.get(pattern);
  if (known) return known;
  const verdict = judge(pattern, budget);
  // A pattern refused for want of budget may pass with a fresh one: not kept.
  if (verdict.safe || verdict.reason !== 'too-complex') {
    if (verdicts.size >= 500) verdicts.clear();
    verdicts.set(pattern, verdict);
  }
  return verdict;
}

function judge(pattern: string, budget: PatternBudget): PatternVerdict {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return { safe: false, reason: 'invalid' };
  }
  if (pattern.length > MAX_PATTERN_LENGTH || budget.steps <= 0) {
    return { safe: false, reason: 'too-complex' };
  }
  const allowance = { steps: Math.min(budget.steps, STEPS_PER_PATTERN) };
  const start = allowance.steps;
  try {
    const root = new Parser(pattern).parse();
    // Unanchored, the pattern is tried from every position: a loop over any text before it.
    const anchored = pattern.startsWith('^') && root.kind !== 'alt';
    const whole: PatternNode = anchored ? root : { kind: 'seq', items: [ANY_TEXT, root] };
    const automaton = new Automaton(allowance);
    automaton.build(whole);
    if (exponential(automaton)) return { safe: false, reason: 'exponential' };
    if (degree(automaton) > MAX_DEGREE) return { safe: false, reason: 'polynomial' };
    return { safe: true };
  } catch (error) {
    if (error instanceof TooComplex) return { safe: false, reason: 'too-complex' };
    throw error;
  } finally {
    budget.steps -= start - allowance.steps;
  }
}
