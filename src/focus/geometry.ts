/**
 * Pure geometry for spatial navigation: which candidate lies in a direction and
 * how good it is. Scoring follows Android's FocusFinder: a candidate inside the
 * "beam" (overlapping the source on the cross axis) beats one outside it, and
 * among equals the weighted distance 13·major² + minor² decides, so a close
 * item slightly off-axis beats a far one straight ahead.
 */
import type { Direction } from './logical-key.js';

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const EMPTY_RECT: Rect = { left: 0, top: 0, right: 0, bottom: 0 };

export function isEmptyRect(r: Rect): boolean {
  return r.right - r.left <= 0 && r.bottom - r.top <= 0;
}

export function unionRect(rects: Iterable<Rect>): Rect | null {
  let out: { left: number; top: number; right: number; bottom: number } | null = null;
  for (const r of rects) {
    if (isEmptyRect(r)) continue;
    if (!out) {
      out = { ...r };
      continue;
    }
    out.left = Math.min(out.left, r.left);
    out.top = Math.min(out.top, r.top);
    out.right = Math.max(out.right, r.right);
    out.bottom = Math.max(out.bottom, r.bottom);
  }
  return out;
}

/** Where two rects overlap, or null when they do not. */
export function intersectRect(a: Rect, b: Rect): Rect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

export function sameRect(a: Rect, b: Rect, tolerance = 0.5): boolean {
  return (
    Math.abs(a.left - b.left) <= tolerance &&
    Math.abs(a.top - b.top) <= tolerance &&
    Math.abs(a.right - b.right) <= tolerance &&
    Math.abs(a.bottom - b.bottom) <= tolerance
  );
}

/** True when `to` lies beyond `from` in `dir` (Android's isCandidate). */
export function isInDirection(from: Rect, to: Rect, dir: Direction): boolean {
  switch (dir) {
    case 'Left':
      return (from.right > to.right || from.left >= to.right) && from.left > to.left;
    case 'Right':
      return (from.left < to.left || from.right <= to.left) && from.right < to.right;
    case 'Up':
      return (from.bottom > to.bottom || from.top >= to.bottom) && from.top > to.top;
    case 'Down':
      return (from.top < to.top || from.bottom <= to.top) && from.bottom < to.bottom;
  }
}

/** Overlap on the cross axis: the candidate is "in the beam" of the source. */
export function isInBeam(from: Rect, to: Rect, dir: Direction): boolean {
  if (dir === 'Left' || dir === 'Right') return to.bottom > from.top && to.top < from.bottom;
  return to.right > from.left && to.left < from.right;
}

function majorAxisDistance(from: Rect, to: Rect, dir: Direction): number {
  switch (dir) {
    case 'Left':
      return Math.max(0, from.left - to.right);
    case 'Right':
      return Math.max(0, to.left - from.right);
    case 'Up':
      return Math.max(0, from.top - to.bottom);
    case 'Down':
      return Math.max(0, to.top - from.bottom);
  }
}

function minorAxisDistance(from: Rect, to: Rect, dir: Direction, container: boolean): number {
  const horizontal = dir === 'Left' || dir === 'Right';
  const fromCentre = horizontal ? (from.top + from.bottom) / 2 : (from.left + from.right) / 2;
  const start = horizontal ? to.top : to.left;
  const end = horizontal ? to.bottom : to.right;
  // A zone (a whole row) is as close as its nearest part, not its far-off centre.
  if (container) return Math.max(0, start - fromCentre, fromCentre - end);
  return Math.abs(fromCentre - (start + end) / 2);
}

/** Gap between the two rects across the direction (0 when they overlap there). */
function minorAxisGap(from: Rect, to: Rect, dir: Direction): number {
  if (dir === 'Left' || dir === 'Right') {
    return Math.max(0, to.top - from.bottom, from.top - to.bottom);
  }
  return Math.max(0, to.left - from.right, from.left - to.right);
}

/** Beam candidates always win over off-beam ones; this offset keeps them apart. */
const OFF_BEAM_PENALTY = 1e12;

/**
 * A lower score is better; `null` means the candidate is not in that direction.
 * `container` scores a zone (the union of its members) rather than one item.
 * Screens are laid out in rows: Down goes to the next row wherever it starts,
 * but Left/Right off the beam only reach something less than one row (the
 * source's own height) above or below, so Left from the first choice of a row
 * never lands on a button three rows down.
 */
export function directionalScore(
  from: Rect,
  to: Rect,
  dir: Direction,
  container = false,
): number | null {
  if (!isInDirection(from, to, dir)) return null;
  const major = majorAxisDistance(from, to, dir);
  const minor = minorAxisDistance(from, to, dir, container);
  const distance = 13 * major * major + minor * minor;
  if (isInBeam(from, to, dir)) return distance;
  if (dir === 'Left' || dir === 'Right') {
    if (minorAxisGap(from, to, dir) >= from.bottom - from.top) return null;
  }
  return OFF_BEAM_PENALTY + distance;
}

function majorAxisDistanceToFarEdge(from: Rect, to: Rect, dir: Direction): number {
  switch (dir) {
    case 'Left':
      return Math.max(1, from.left - to.left);
    case 'Right':
      return Math.max(1, to.right - from.right);
    case 'Up':
      return Math.max(1, from.top - to.top);
    case 'Down':
      return Math.max(1, to.bottom - from.bottom);
  }
}

/** What a move needs to know about one candidate; null when it is not that way. */
export interface Candidate {
  inBeam: boolean;
  /** Gap to its near edge along the direction. */
  major: number;
  /** Distance to its far edge along the direction. */
  majorFar: number;
  /** 13·major² + minor². */
  distance: number;
  /** A zone (a row or panel of its own) rather than an item of the same group. */
  container: boolean;
}

/**
 * Fills `out` with what a move needs to know about `to`; false when it is not
 * that way. It writes into an object the caller keeps, because a move looks
 * at every candidate on the page and should not allocate for each.
 */
export function measureCandidate(
  out: Candidate,
  from: Rect,
  to: Rect,
  dir: Direction,
  container = false,
): boolean {
  if (!isInDirection(from, to, dir)) return false;
  const inBeam = isInBeam(from, to, dir);
  if (!inBeam && (dir === 'Left' || dir === 'Right')) {
    if (minorAxisGap(from, to, dir) >= from.bottom - from.top) return false;
  }
  const major = majorAxisDistance(from, to, dir);
  const minor = minorAxisDistance(from, to, dir, container);
  out.inBeam = inBeam;
  out.major = major;
  out.majorFar = majorAxisDistanceToFarEdge(from, to, dir);
  out.distance = 13 * major * major + minor * minor;
  out.container = container;
  return true;
}

export const blankCandidate = (): Candidate => ({
  inBeam: false,
  major: 0,
  majorFar: 0,
  distance: 0,
  container: false,
});

/** `measureCandidate` into a new object (null when `to` is not that way). */
export function candidate(
  from: Rect,
  to: Rect,
  dir: Direction,
  container = false,
): Candidate | null {
  const out = blankCandidate();
  return measureCandidate(out, from, to, dir, container) ? out : null;
}

/**
 * Android FocusFinder's beamBeats: a candidate in the beam beats one outside
 * it, except Up/Down between zones when the other lies entirely nearer (its
 * far edge before the beam one's near edge): the next row of settings wins
 * over a button in line three rows down. Among the items of one group (a
 * keyboard's keys) the beam always wins, so Down past a disabled key lands on
 * the key below it, not on a neighbour off to the side.
 */
function beamBeats(a: Candidate, b: Candidate, dir: Direction): boolean {
  if (!a.inBeam || b.inBeam) return false;
  if (dir === 'Left' || dir === 'Right') return true;
  if (!a.container && !b.container) return true;
  return a.major < b.majorFar;
}

/** Whether `a` is a better move than `b` (FocusFinder.isBetterCandidate). */
export function isBetterCandidate(a: Candidate, b: Candidate | null, dir: Direction): boolean {
  if (!b) return true;
  if (beamBeats(a, b, dir)) return true;
  if (beamBeats(b, a, dir)) return false;
  return a.distance < b.distance;
}

/** Distance used when entering a zone: the member closest to where focus comes from. */
export function entryDistance(from: Rect, to: Rect): number {
  const dx = (from.left + from.right) / 2 - (to.left + to.right) / 2;
  const dy = (from.top + from.bottom) / 2 - (to.top + to.bottom) / 2;
  return dx * dx + dy * dy;
}
