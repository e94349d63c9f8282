import { describe, expect, it } from 'vitest';
import { locateJsonError, parseJson } from '@src/config/parse-json';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, 2.5e3, true, null, "x\\u00e9"]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, true, null, 'xé'] },
    });
  });

  it.each([
    ["{'a': 1}", 1, 2],
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a": tru}', 1, 10],
    ['{"a": 01}', 1, 8],
    ['[1, 2', 1, 6],
    ['', 1, 1],
    ['{"a": "line\nbreak"}', 1, 12],
  ])('locates the error in %j at line %i, column %i', (text, line, column) => {
    const result = parseJson(text);
    expect(result).toMatchObject({ ok: false, position: { line, column } });
  });

  it('keeps the reason short, without quoting the file', () => {
    const result = parseJson('{"token": \'abcdefgh\'}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).not.toContain('abcdef');
      expect(result.reason).not.toMatch(/position|line \d/);
    }
  });
});

describe('locateJsonError', () => {
  it.each(['{}', '[]', ' "s" ', '-0.5E+2', '{"a":{"b":[{}, [], ""]}}', 'true'])(
    'finds no error in valid JSON %j',
    (text) => {
      expect(locateJsonError(text)).toBeUndefined();
    },
  );

  it('gives up quietly on absurd nesting instead of throwing', () => {
    expect(() => locateJsonError('['.repeat(200_000))).not.toThrow();
  });
});
