/**
 * The last move made with an arrow, so that the opposite arrow comes back to
 * where it started (as TV platforms do): Right from a tile onto a tile two rows
 * tall, then Left, returns to the tile it left, not to whichever of that tall
 * tile's neighbours lies nearest its middle.
 */
import type { ItemNode } from './focus-tree.js';
import type { Direction } from './logical-key.js';

const OPPOSITE: Record<Direction, Direction> = {
  Up: 'Down',
  Down: 'Up',
  Left: 'Right',
  Right: 'Left',
};

export class MoveHistory {
  private _last: { from: ItemNode; to: ItemNode; dir: Direction } | null = null;

  /** The item a press `dir` at `at` would return to, if it undoes the last move. */
  returnFor(at: ItemNode, dir: Direction): ItemNode | null {
    const last = this._last;
    return last && last.to === at && OPPOSITE[last.dir] === dir ? last.from : null;
  }

  moved(from: ItemNode, to: ItemNode, dir: Direction): void {
    this._last = { from, to, dir };
  }

  /** Focus moved some other way (a pointer, a screen, a dialog): nothing to undo. */
  forget(): void {
    this._last = null;
  }
}
