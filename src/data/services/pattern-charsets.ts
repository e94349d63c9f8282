/**
 * Sets of characters as sorted, disjoint, inclusive code point ranges
 * [lo, hi, lo, hi, …], with the few operations the pattern analysis needs
 * (union, complement, intersection, ASCII case folding) and the sets the
 * escapes `\d`, `\w`, `\s` and `.` stand for. Its own file: plain set
 * arithmetic, used by both the parser and the automaton.
 */

export type CharSet = readonly number[];
const MAX_CP = 0x10ffff;

export function charSet(ranges: ReadonlyArray<readonly [number, number]>): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const end = out.length - 1;
    if (end > 0 && lo <= out[end]! + 1) out[end] = Math.max(out[end]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

export function rangesOf(set: CharSet): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < set.length; i += 2) out.push([set[i]!, set[i + 1]!]);
  return out;
}

export function negate(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of rangesOf(set)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return charSet(out);
}

export function intersect(a: CharSet, b: CharSet): CharSet {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

export const overlaps = (a: CharSet, b: CharSet): boolean => intersect(a, b).length > 0;

/** ASCII letters in both cases, for `(?i:…)` groups (other case pairs are rare in forms). */
export function foldCase(set: CharSet): CharSet {
  const extra: Array<[number, number]> = [];
  for (const [lo, hi] of rangesOf(intersect(set, [65, 90]))) extra.push([lo + 32, hi + 32]);
  for (const [lo, hi] of rangesOf(intersect(set, [97, 122]))) extra.push([lo - 32, hi - 32]);
  return charSet([...rangesOf(set), ...extra]);
}

export const ALL: CharSet = [0, MAX_CP];
const DIGIT: CharSet = [48, 57];
const WORD = charSet([
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
]);
const SPACE = charSet([
  [9, 13],
  [32, 32],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
export const LINE_TERMINATORS = charSet([
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
]);
export const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT,
  D: negate(DIGIT),
  w: WORD,
  W: negate(WORD),
  s: SPACE,
  S: negate(SPACE),
};
