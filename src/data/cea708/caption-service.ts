/**
 * One CEA-708 caption service read into what it shows: up to eight windows, each
 * rows of text written at its pen, shown or hidden by the service's commands
 * (CEA-708-E §7–8). Kept to what a TV must get right to show the words: text
 * (G0 ASCII, G1 Latin-1, G2/G3's symbols, P16), carriage return, backspace, form
 * feed, the pen's position, and the windows defined, cleared, shown, hidden,
 * toggled, deleted and reset. Pen colours, fonts, window borders and positions
 * are read past: the <video> draws the captions in its own style at the
 * household's text size, as it does the 608 ones.
 */

/** G2's symbols (after EXT1); codes not listed are shown as a blank. */
const G2: Record<number, string> = {
  0x25: '…',
  0x2a: 'Š',
  0x2c: 'Œ',
  0x30: '█',
  0x31: '‘',
  0x32: '’',
  0x33: '“',
  0x34: '”',
  0x35: '•',
  0x39: '™',
  0x3a: 'š',
  0x3c: 'œ',
  0x3d: '℠',
  0x3f: 'Ÿ',
  0x76: '⅛',
  0x77: '⅜',
  0x78: '⅝',
  0x79: '⅞',
  0x7a: '│',
  0x7b: '┐',
  0x7c: '└',
  0x7d: '─',
  0x7e: '┘',
  0x7f: '┌',
};

/** A 16:9 caption screen's columns. */
const MAX_COLUMNS = 42;

interface CaptionWindow {
  visible: boolean;
  rowCount: number;
  columnCount: number;
  /** Where the window sits on screen, top to bottom: orders the windows shown. */
  anchorVertical: number;
  rows: string[][];
  penRow: number;
  penColumn: number;
}

/** How many parameter bytes follow each C1 command (0x80–0x9F). */
function c1Parameters(code: number): number {
  if (code <= 0x87) return 0; // CW0–CW7
  if (code <= 0x8d) return 1; // CLW DSW HDW TGW DLW DLY
  if (code <= 0x8f) return 0; // DLC RST
  if (code === 0x90) return 2; // SPA
  if (code === 0x91) return 3; // SPC
  if (code === 0x92) return 2; // SPL
  if (code <= 0x96) return 0; // reserved
  if (code === 0x97) return 4; // SWA
  return 6; // DF0–DF7
}

export class CaptionService {
  private _windows: (CaptionWindow | undefined)[] = [];
  private _current = -1;

  /** Reads one service block's bytes. A command cut off at the block's end is dropped. */
  push(data: Uint8Array): void {
    let at = 0;
    while (at < data.length) {
      const code = data[at++] ?? 0;
      if (code < 0x20) at = this._c0(code, data, at);
      else if (code < 0x80) this._write(code === 0x7f ? '♪' : String.fromCharCode(code));
      else if (code < 0xa0) {
        const count = c1Parameters(code);
        if (at + count <= data.length) this._c1(code, data.subarray(at, at + count));
        at += count;
      } else this._write(String.fromCharCode(code)); // G1: Latin-1
    }
  }

  /**
   * The words on screen now: each shown window's rows, top window first, blank
   * rows and trailing spaces left out.
   */
  text(): string {
    return this._windows
      .filter((window): window is CaptionWindow => !!window?.visible)
      .sort((a, b) => a.anchorVertical - b.anchorVertical)
      .flatMap((window) => window.rows.map((row) => Array.from(row, (c) => c ?? ' ').join('')))
      .map((row) => row.trimEnd())
      .filter((row) => row.trim() !== '')
      .join('\n');
  }

  reset(): void {
    this._windows = [];
    this._current = -1;
  }

  /** C0 codes and what follows them; gives where reading goes on. */
  private _c0(code: number, data: Uint8Array, at: number): number {
    const window = this._windows[this._current];
    switch (code) {
      case 0x08: // BS
        if (window && window.penColumn > 0) {
          window.penColumn--;
          window.rows[window.penRow]?.splice(window.penColumn, 1);
        }
        return at;
      case 0x0c: // FF: clear the window, pen to its start
        if (window) {
          window.rows = [];
          window.penRow = window.penColumn = 0;
        }
        return at;
      case 0x0d: // CR: next row, rolling the window up at its last
        if (window) this._newRow(window);
        return at;
      case 0x0e: // HCR: clear the pen's row
        if (window) {
          window.rows[window.penRow] = [];
          window.penColumn = 0;
        }
        return at;
      case 0x10: // EXT1: one code of the extended sets
        return this._extended(data, at);
      case 0x18: {
        // P16: a 16-bit character. CEA-708 leaves the set to other standards;
        // broadcasters that send it send UCS-2, so it is read as Unicode.
        const high = data[at] ?? 0;
        const low = data[at + 1] ?? 0;
        if (at + 2 <= data.length) this._write(String.fromCharCode((high << 8) | low));
        return at + 2;
      }
      default:
        // Others: no parameters below 0x10, one to 0x17, two from 0x18.
        return at + (code < 0x10 ? 0 : code < 0x18 ? 1 : 2);
    }
  }

  private _extended(data: Uint8Array, at: number): number {
    const code = data[at++] ?? 0;
    if (code < 0x20) return at + (code >> 3); // C2: 0–3 parameter bytes
    if (code < 0x80) {
      if (code === 0x20 || code === 0x21) this._write(' ');
      else this._write(G2[code] ?? ' ');
      return at;
    }
    if (code < 0x88) return at + 4; // C3
    if (code < 0x90) return at + 5;
    if (code < 0xa0) return at + 1 + ((data[at] ?? 0) & 0x3f); // C3 variable length
    this._write(code === 0xa0 ? '[CC]' : ' '); // G3: only the CC sign is defined
    return at;
  }

  private _c1(code: number, parameters: Uint8Array): void {
    const mask = parameters[0] ?? 0;
    const each = (run: (window: CaptionWindow, id: number) => void) => {
      for (let id = 0; id < 8; id++) {
        const window = this._windows[id];
        if (mask & (1 << id) && window) run(window, id);
      }
    };
    if (code <= 0x87) {
      if (this._windows[code - 0x80]) this._current = code - 0x80;
    } else if (code === 0x88) {
      each((window) => {
        window.rows = [];
        window.penRow = window.penColumn = 0;
      });
    } else if (code === 0x89) each((window) => (window.visible = true));
    else if (code === 0x8a) each((window) => (window.visible = false));
    else if (code === 0x8b) each((window) => (window.visible = !window.visible));
    else if (code === 0x8c) {
      each((_, id) => {
        this._windows[id] = undefined;
        if (this._current === id) this._current = -1;
      });
    } else if (code === 0x8f) this.reset();
    else if (code === 0x92) {
      const window = this._windows[this._current];
      if (window) {
        window.penRow = Math.min((parameters[0] ?? 0) & 0x0f, window.rowCount - 1);
        window.penColumn = (parameters[1] ?? 0) & 0x3f;
      }
    } else if (code >= 0x98) this._define(code - 0x98, parameters);
  }

  /** DF0–DF7: a window made, or an existing one's attributes set again (its text stays). */
  private _define(
    id: number,
    [style = 0, vertical = 0, , size = 0, columns = 0]: Uint8Array,
  ): void {
    const window = this._windows[id] ?? {
      visible: false,
      rowCount: 1,
      columnCount: 32,
      anchorVertical: 0,
      rows: [],
      penRow: 0,
      penColumn: 0,
    };
    window.visible = (style & 0x20) !== 0;
    window.rowCount = (size & 0x0f) + 1;
    window.columnCount = (columns & 0x3f) + 1;
    window.anchorVertical = vertical & 0x7f;
    while (window.rows.length > window.rowCount) window.rows.shift();
    window.penRow = Math.min(window.penRow, window.rowCount - 1);
    this._windows[id] = window;
    this._current = id;
  }

  private _newRow(window: CaptionWindow): void {
    window.penColumn = 0;
    if (window.penRow + 1 < window.rowCount) {
      window.penRow++;
      return;
    }
    // At the last row: the rows roll up, the top one leaves.
    window.rows.shift();
    window.rows[window.penRow] = [];
  }

  private _write(char: string): void {
    const window = this._windows[this._current];
    // Past the window's last column the words are cut, as on a receiver; a
    // window defined narrower than a 16:9 screen's 42 columns still gets them.
    if (!window || window.penColumn >= Math.max(window.columnCount, MAX_COLUMNS)) return;
    const row = (window.rows[window.penRow] ??= []);
    row[window.penColumn++] = char;
  }
}
