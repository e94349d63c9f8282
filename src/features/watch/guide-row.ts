/**
 * One channel's row of the programme grid for a window of time: which cells
 * to draw, where they start and end. Kept apart from drawing so that it can be
 * proven on any schedule a guide may hold.
 *
 * The guide store already hands out sorted programmes that never overlap, but
 * a row must not trust that: a programme repeated across two cached blocks, an
 * old worker, or a schedule rule that changes would otherwise give cells that
 * overlap, run outside the window or never end. So each cell is clipped to the
 * window and to the end of the cell before it, and every loop here walks the
 * input once, by index: building a row ends after at most
 * `programmes.length` steps, whatever the times are.
 */
import type { Programme } from '../../data/guide/guide-types.js';

export interface GridCell {
  /** Where the cell begins and ends on screen, inside [from, to), epoch ms. */
  start: number;
  stop: number;
  programme: Programme;
}

/**
 * The cells of a row for [from, to): programmes with time on air inside the
 * window, in time order, each clipped to the window and to the cell before it
 * (cells never overlap), at most `maxCells` of them. Programmes with a
 * missing, reversed or zero length are left out.
 */
export function rowCells(
  programmes: readonly Programme[],
  from: number,
  to: number,
  maxCells: number,
): GridCell[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(to > from) || !(maxCells >= 1)) return [];
  const usable = programmes.filter(
    (p) => Number.isFinite(p.start) && Number.isFinite(p.stop) && p.stop > from && p.start < to,
  );
  // Stable: programmes starting together keep their order, as the guide gave them.
  usable.sort((a, b) => a.start - b.start);
  const cells: GridCell[] = [];
  let covered = from;
  for (let i = 0; i < usable.length && cells.length < maxCells; i++) {
    const programme = usable[i]!;
    const start = Math.max(programme.start, covered);
    const stop = Math.min(programme.stop, to);
    if (stop <= start) continue;
    cells.push({ start, stop, programme });
    covered = stop;
  }
  return cells;
}
