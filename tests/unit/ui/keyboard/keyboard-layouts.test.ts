import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_LETTERS,
  KEYBOARD_LAYOUTS,
  acceptChar,
  hasRoom,
  layoutGrid,
  type KeySpec,
} from '@src/ui/keyboard/keyboard-layouts.js';

const texts = (keys: KeySpec[][]) => keys.flat().map((k) => (k.kind === 'char' ? k.text : k.kind));

describe('keyboard layouts', () => {
  it('gives every layout a delete and a done key, and rows that fit the grid', () => {
    for (const layout of KEYBOARD_LAYOUTS) {
      const grid = layoutGrid(layout);
      expect(texts(grid.rows)).toEqual(expect.arrayContaining(['delete', 'done']));
      for (const row of grid.rows) {
        const width = row.reduce((n, k) => n + (k.span ?? 1), 0);
        expect(width).toBeLessThanOrEqual(grid.columns);
      }
    }
  });

  it('offers only digits and X on the ID number layout', () => {
    const chars = texts(layoutGrid('id').rows).filter((t) => t.length === 1);
    expect(chars.sort()).toEqual([...'0123456789X'].sort());
  });

  it('leaves I, O, Z, S and V off the credit code layout (GB 32100)', () => {
    const chars = texts(layoutGrid('code').rows).filter((t) => t.length === 1);
    for (const letter of 'IOZSV') expect(chars).not.toContain(letter);
    expect(chars).toHaveLength(10 + CREDIT_CODE_LETTERS.length);
  });

  it('switches the pinyin keyboard to letters with digits and keeps its 中/英 key', () => {
    expect(texts(layoutGrid('pinyin').rows)).toEqual(expect.arrayContaining(['more', 'lang']));
    const english = texts(layoutGrid('pinyin', { english: true }).rows);
    expect(english).toEqual(expect.arrayContaining(['lang', 'shift', '7', '@']));
    expect(texts(layoutGrid('latin', { shift: true }).rows)).toContain('Q');
  });
});

describe('typed characters', () => {
  it('accepts X on the ID layout (either case) and refuses other letters', () => {
    expect(acceptChar('id', '7')).toBe('7');
    expect(acceptChar('id', 'x')).toBe('X');
    expect(acceptChar('id', 'X')).toBe('X');
    for (const letter of ['a', 'Y', 'O', ' ', '-']) expect(acceptChar('id', letter)).toBeNull();
  });

  it('accepts only digits on the digits layout', () => {
    expect(acceptChar('digits', '0')).toBe('0');
    expect(acceptChar('digits', 'a')).toBeNull();
  });

  it('upper-cases credit code letters and refuses the five left out', () => {
    expect(acceptChar('code', 'a')).toBe('A');
    expect(acceptChar('code', 's')).toBeNull();
    expect(acceptChar('code', 'O')).toBeNull();
  });

  it('types any single printable character on the latin layout', () => {
    expect(acceptChar('latin', '@')).toBe('@');
    expect(acceptChar('latin', 'é')).toBe('é');
    expect(acceptChar('latin', 'ab')).toBeNull();
    expect(acceptChar('latin', '\u0007')).toBeNull();
  });

  it('stops at maxlength, counting characters not code units', () => {
    expect(hasRoom('12345678901234567', 18)).toBe(true);
    expect(hasRoom('123456789012345678', 18)).toBe(false);
    expect(hasRoom('张三', 3)).toBe(true);
    expect(hasRoom('anything', 0)).toBe(true);
  });
});
