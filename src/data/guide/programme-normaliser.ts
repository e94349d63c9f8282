/**
 * The schedule rules: how a channel's programmes, as a guide gives them, become
 * a clean timeline the portal can draw and ask "what is on now?".
 *
 * For each channel, programmes are sorted by start (programmes with the same
 * start keep their document order), then:
 *
 * 1. Dropped: a programme whose start is missing or not an XMLTV time, or with
 *    no `channel` attribute (counted as `dropped`).
 * 2. A missing stop, or one before the start, becomes the start of the next
 *    programme that starts later on that channel. The last programme of a
 *    channel with no stop is given a nominal {@link OPEN_STOP_MS} (one hour),
 *    so it shows in the grid and as "now" for a plausible time, not forever.
 * 3. Intervals are half-open, [start, stop). A programme with no time on air
 *    (stop equal to start, as written or after rule 2) is removed (counted as
 *    `empty`); it has no cell in a grid and is never "now".
 * 4. Overlaps: when a programme runs past the start of the next one, the
 *    earlier one is clipped to end when the next one starts. Where two start at
 *    the same moment, the earlier one in the document is clipped to nothing
 *    and removed by rule 3, so a later correction or duplicate wins.
 *
 * After this, a channel's programmes are sorted, non-empty and never overlap,
 * so both their starts and their stops are increasing: the store can binary
 * search either.
 */
import type { Programme } from './guide-types.js';

/** Length given to a channel's last programme when the guide has no stop for it. */
export const OPEN_STOP_MS = 60 * 60 * 1000;

/**
 * Sorts `order[from..to)` — indices of one channel's programmes — by start,
 * ties by index (document order). Guides are nearly always in order already,
 * so that case is checked first and costs one pass.
 */
export function sortByStart(
  order: Uint32Array,
  from: number,
  to: number,
  starts: Float64Array,
): void {
  let sorted = true;
  for (let i = from + 1; i < to; i++) {
    const a = order[i - 1]!;
    const b = order[i]!;
    const sa = starts[a]!;
    const sb = starts[b]!;
    if (sa > sb || (sa === sb && a > b)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  order.subarray(from, to).sort((a, b) => starts[a]! - starts[b]! || a - b);
}

/**
 * Applies rules 2–4 to one channel whose programme indices, sorted by
 * {@link sortByStart}, are `order[from..to)`. Stops are rewritten in place in
 * `stops`; the indices kept are moved to the front of the range, in order, and
 * their count is returned (the rest of the range is then meaningless).
 */
export function normaliseSchedule(
  order: Uint32Array,
  from: number,
  to: number,
  starts: Float64Array,
  stops: Float64Array,
): number {
  // Rule 2, walking backwards so "the next later start" is known.
  let nextLater = NaN;
  for (let r = to - 1; r >= from; r--) {
    const index = order[r]!;
    const start = starts[index]!;
    if (r + 1 < to) {
      const following = starts[order[r + 1]!]!;
      if (following > start) nextLater = following;
    }
    const stop = stops[index]!;
    if (!(stop >= start)) stops[index] = Number.isNaN(nextLater) ? start + OPEN_STOP_MS : nextLater;
  }
  // Rules 3 and 4 in one forward pass, compacting the kept indices.
  let kept = from;
  for (let r = from; r < to; r++) {
    const index = order[r]!;
    const start = starts[index]!;
    if (stops[index]! <= start) continue;
    if (kept > from) {
      const previous = order[kept - 1]!;
      if (stops[previous]! > start) {
        stops[previous] = start;
        // Kept programmes never overlap, so the one before `previous` already
        // ends by `previous`'s start, which is no later than this start.
        if (start <= starts[previous]!) kept--;
      }
    }
    order[kept++] = index;
  }
  return kept - from;
}

export interface NormalisedProgrammes {
  /** Grouped by channel (in order of first appearance), each channel by start. */
  programmes: Programme[];
  /** Rule 1: no usable start or channel. */
  dropped: number;
  /** Rule 3: no time on air. */
  empty: number;
}

/**
 * The same rules on plain programme objects (returns new objects; the input is
 * not changed). The store applies them on its columns instead; this form is
 * for callers holding a handful of programmes.
 */
export function normaliseProgrammes(input: readonly Programme[]): NormalisedProgrammes {
  const usable = input.filter((p) => p.channelId !== '' && Number.isFinite(p.start));
  const dropped = input.length - usable.length;
  const starts = Float64Array.from(usable, (p) => p.start);
  const stops = Float64Array.from(usable, (p) => p.stop);
  const byChannel = new Map<string, number[]>();
  usable.forEach((p, index) => {
    const list = byChannel.get(p.channelId);
    if (list) list.push(index);
    else byChannel.set(p.channelId, [index]);
  });
  const programmes: Programme[] = [];
  for (const indices of byChannel.values()) {
    const order = Uint32Array.from(indices);
    sortByStart(order, 0, order.length, starts);
    const kept = normaliseSchedule(order, 0, order.length, starts, stops);
    for (let r = 0; r < kept; r++) {
      const index = order[r]!;
      programmes.push({ ...usable[index]!, stop: stops[index]! });
    }
  }
  return { programmes, dropped, empty: usable.length - programmes.length };
}
