/**
 * What each keyboard layout offers: its keys, row by row on a fixed grid (so
 * the D-pad moves straight up and down columns), and which typed characters it
 * accepts from a remote's number keys or a physical keyboard. No DOM here.
 */

export type KeyboardLayout = 'digits' | 'id' | 'code' | 'latin' | 'pinyin';

export const KEYBOARD_LAYOUTS: readonly KeyboardLayout[] = [
  'digits',
  'id',
  'code',
  'latin',
  'pinyin',
];

/** A key that types its text, or one that does something. */
export type KeySpec =
  | { kind: 'char'; text: string; span?: number }
  | { kind: 'delete' | 'done' | 'shift' | 'space' | 'lang' | 'more'; span?: number };

export interface LayoutGrid {
  columns: number;
  rows: KeySpec[][];
}

const DIGITS = '1234567890';
/** GB 32100 (unified social credit code) leaves out I, O, Z, S and V. */
export const CREDIT_CODE_LETTERS = 'ABCDEFGHJKLMNPQRTUWXY';

const chars = (text: string): KeySpec[] => [...text].map((c) => ({ kind: 'char', text: c }));
const key = (kind: Exclude<KeySpec['kind'], 'char'>, span = 1): KeySpec => ({ kind, span });

/**
 * The keys of a layout. `shift` upper-cases the latin letters; `english` is the
 * pinyin keyboard switched to letters (its 中/英 key stays, to switch back).
 */
export function layoutGrid(
  layout: KeyboardLayout,
  options: { shift?: boolean; english?: boolean } = {},
): LayoutGrid {
  switch (layout) {
    case 'digits':
      return {
        columns: 3,
        rows: [
          chars('123'),
          chars('456'),
          chars('789'),
          [key('delete'), ...chars('0'), key('done')],
        ],
      };
    case 'id':
      return {
        columns: 3,
        rows: [
          chars('123'),
          chars('456'),
          chars('789'),
          [...chars('X0'), key('delete')],
          [key('done', 3)],
        ],
      };
    case 'code':
      return {
        columns: 10,
        rows: [
          chars(DIGITS),
          chars(CREDIT_CODE_LETTERS.slice(0, 10)),
          chars(CREDIT_CODE_LETTERS.slice(10, 20)),
          [...chars(CREDIT_CODE_LETTERS.slice(20)), key('delete', 2), key('done', 2)],
        ],
      };
    case 'latin':
      return latinGrid(options.shift === true, false);
    case 'pinyin':
      if (options.english) return latinGrid(options.shift === true, true);
      return {
        columns: 10,
        rows: [
          chars('abcdefghij'),
          chars('klmnopqrst'),
          [...chars('uvwxyz，。'), key('more', 2)],
          [key('lang', 2), key('space', 4), key('delete', 2), key('done', 2)],
        ],
      };
  }
}

function latinGrid(shift: boolean, withLang: boolean): LayoutGrid {
  const letters = shift ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : 'abcdefghijklmnopqrstuvwxyz';
  const last: KeySpec[] = withLang
    ? [key('shift', 2), key('lang', 2), key('space', 2), key('delete', 2), key('done', 2)]
    : [key('shift', 2), key('space', 4), key('delete', 2), key('done', 2)];
  return {
    columns: 10,
    rows: [
      chars(DIGITS),
      chars(letters.slice(0, 10)),
      chars(letters.slice(10, 20)),
      [...chars(letters.slice(20)), ...chars('@.-_')],
      last,
    ],
  };
}

/**
 * The character a layout types for a key the household pressed on a remote or
 * a physical keyboard, or null when the layout refuses it (a letter in a
 * digits field, any letter but X in an ID number).
 */
export function acceptChar(layout: KeyboardLayout, typed: string): string | null {
  if ([...typed].length !== 1 || /\p{Cc}/u.test(typed)) return null;
  switch (layout) {
    case 'digits':
      return /^\d$/.test(typed) ? typed : null;
    case 'id':
      if (/^\d$/.test(typed)) return typed;
      return typed === 'x' || typed === 'X' ? 'X' : null;
    case 'code': {
      const upper = typed.toUpperCase();
      return DIGITS.includes(upper) || CREDIT_CODE_LETTERS.includes(upper) ? upper : null;
    }
    case 'latin':
    case 'pinyin':
      return typed;
  }
}

/** Whether typing one more character is allowed by `maxlength` (0: no limit). */
export function hasRoom(value: string, maxlength: number): boolean {
  return maxlength <= 0 || [...value].length < maxlength;
}
