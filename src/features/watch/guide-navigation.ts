/**
 * How focus moves in the programme grid, kept apart from drawing so it can be
 * tested: Left/Right step from programme to programme and slide the two-hour
 * window when they leave it; Up/Down keep the time column ("anchor"), so
 * moving between channels stays at the same hour.
 */
import type { Programme } from '../../data/guide/guide-types.js';
import { HOUR_MS, MINUTE_MS } from './watch-time.js';

export const WINDOW_MS = 2 * HOUR_MS;
export const STEP_MS = 30 * MINUTE_MS;

export function alignToStep(ms: number): number {
  return Math.floor(ms / STEP_MS) * STEP_MS;
}

/** The programme at the anchor time, else the first one after it inside the window. */
export function programmeAtAnchor(
  programmes: readonly Programme[],
  anchor: number,
  windowEnd: number,
): Programme | undefined {
  return (
    programmes.find((p) => p.start <= anchor && p.stop > anchor) ??
    programmes.find((p) => p.start > anchor && p.start < windowEnd)
  );
}

export interface GridPosition {
  windowStart: number;
  anchor: number;
}

/**
 * Where focus goes on Left/Right from `focused` (undefined when the row has no
 * programmes there): the neighbouring programme, or half an hour along when
 * there is none, sliding the window to keep the new focus inside it.
 */
export function stepInTime(
  programmes: readonly Programme[],
  focused: Programme | undefined,
  position: GridPosition,
  direction: -1 | 1,
  bounds: { min: number; max: number },
): GridPosition {
  const { windowStart } = position;
  let target: Programme | undefined;
  if (focused) {
    target =
      direction < 0
        ? [...programmes].reverse().find((p) => p.stop <= focused.start)
        : programmes.find((p) => p.start >= focused.stop);
  }
  let anchor: number;
  let start = windowStart;
  if (target) {
    anchor = target.start;
    if (direction < 0 && target.start < windowStart) {
      // Show as much of it as the window holds: from its start, or its last two
      // hours when it is longer (a two-hour film must not show as a sliver).
      start = alignToStep(Math.max(target.start, target.stop - WINDOW_MS));
      anchor = Math.max(target.start, start);
    } else if (direction > 0 && target.start >= windowStart + WINDOW_MS) {
      start = alignToStep(target.start);
    }
    anchor = Math.max(anchor, start);
  } else {
    start = windowStart + direction * STEP_MS;
    anchor = direction < 0 ? start : Math.max(position.anchor + STEP_MS, start);
  }
  const clamped = Math.min(Math.max(start, bounds.min), bounds.max);
  return {
    windowStart: clamped,
    anchor: Math.min(Math.max(anchor, clamped), clamped + WINDOW_MS - 1),
  };
}
