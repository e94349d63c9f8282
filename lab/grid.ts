/**
 * The shared half of the benchmark's grid pages: the same 50 × 40 light-DOM
 * grid of <button>s for every spatial-navigation library, and `window.lab`,
 * through which the bench puts focus on a cell with the library's own API
 * (to start the walk, and to resync after a wrong move so later moves are
 * judged independently).
 */
import './grid.css';

export const COLUMNS = 50;
export const ROWS = 40;

export interface LabApi {
  library: string;
  columns: number;
  rows: number;
  /** Focus the button at (row, col) the way an app using this library would. */
  focusAt(row: number, col: number): void;
}

declare global {
  interface Window {
    lab?: LabApi;
  }
}

/** Build the grid in document order (row by row) and return its buttons. */
export function buildGrid(): HTMLButtonElement[] {
  const grid = document.createElement('div');
  grid.className = 'grid';
  const buttons: HTMLButtonElement[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const button = document.createElement('button');
      button.dataset.row = String(row);
      button.dataset.col = String(col);
      button.textContent = `${row}.${col}`;
      buttons.push(button);
    }
  }
  grid.append(...buttons);
  document.body.append(grid);
  return buttons;
}

export function cellAt(buttons: HTMLButtonElement[], row: number, col: number): HTMLButtonElement {
  const button = buttons[row * COLUMNS + col];
  if (!button) throw new Error(`no cell ${row},${col}`);
  return button;
}

/** Publish the page's API last, so its presence means the library is wired. */
export function exposeLab(library: string, focus: (el: HTMLButtonElement) => void): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.grid button')];
  window.lab = {
    library,
    columns: COLUMNS,
    rows: ROWS,
    focusAt: (row, col) => focus(cellAt(buttons, row, col)),
  };
}
