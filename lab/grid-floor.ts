/**
 * The floor under the bench's focus rows: the least any spatial navigation
 * can do on this grid. The neighbour is found by index arithmetic (no
 * geometry, no search) and gets `focus()`; so the rows can say how far above
 * the browser's own cost of a focus change each engine is (issue #20).
 */
import { COLUMNS, ROWS, buildGrid, cellAt, exposeLab } from './grid.js';

const STEP: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
};

const buttons = buildGrid();
window.addEventListener('keydown', (event) => {
  const step = STEP[event.key];
  const from = document.activeElement;
  if (!step || !(from instanceof HTMLButtonElement)) return;
  event.preventDefault();
  const row = Math.min(ROWS - 1, Math.max(0, Number(from.dataset.row) + step[0]));
  const col = Math.min(COLUMNS - 1, Math.max(0, Number(from.dataset.col) + step[1]));
  cellAt(buttons, row, col).focus();
});
exposeLab('floor', (el) => el.focus());
