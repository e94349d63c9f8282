import { describe, expect, it } from 'vitest';
import { PinyinDictionary } from '@src/ui/keyboard/pinyin-dictionary.js';
import * as table from '@src/data/pinyin/pinyin-table.generated.js';

const dictionary = new PinyinDictionary(table);
const firstFew = (buffer: string, n: number) => dictionary.candidates(buffer).chars.slice(0, n);

describe('pinyin candidates', () => {
  it('puts the most used character of a syllable first', () => {
    expect(firstFew('wo', 1)).toEqual(['我']);
    expect(firstFew('de', 1)).toEqual(['的']);
    expect(firstFew('shi', 1)).toEqual(['是']);
  });

  it('offers a common surname among the first few', () => {
    expect(firstFew('zhang', 3)).toContain('张');
    expect(firstFew('san', 3)).toContain('三');
    // On the first page of nine, though 里理力利立 are used more.
    expect(firstFew('li', 9)).toContain('李');
  });

  it('lists a polyphonic character under its other readings too, below the usual ones', () => {
    const zhang = dictionary.candidates('zhang').chars;
    expect(zhang).toContain('长');
    expect(zhang.indexOf('张')).toBeLessThan(zhang.indexOf('长'));
    expect(dictionary.candidates('hang').chars).toContain('行');
  });

  it('spells ü with v', () => {
    expect(firstFew('nv', 1)).toEqual(['女']);
    expect(firstFew('lv', 5)).toContain('绿');
  });

  it('shows every syllable a partial buffer could become, the complete syllable first', () => {
    const zh = dictionary.candidates('zh');
    expect(zh.consumed).toBe('zh');
    expect(zh.chars.slice(0, 10)).toEqual(expect.arrayContaining(['这', '中']));
    const zha = dictionary.candidates('zha').chars;
    const ownChars = [...(table.SYLLABLES.zha ?? '')];
    expect(zha.slice(0, ownChars.length)).toEqual(ownChars);
    expect(zha).toContain('张');
  });

  it('lists characters once each', () => {
    const z = dictionary.candidates('z').chars;
    expect(new Set(z).size).toBe(z.length);
  });

  it('offers the first syllable of a longer buffer, which a pick consumes', () => {
    const result = dictionary.candidates('zhangsan');
    expect(result.consumed).toBe('zhang');
    expect(result.chars.slice(0, 3)).toContain('张');
  });

  it('offers nothing for letters that spell no syllable', () => {
    expect(dictionary.candidates('vv').chars).toEqual([]);
    expect(dictionary.candidates('').chars).toEqual([]);
  });
});

describe('pinyin segmentation', () => {
  it('splits a buffer into syllables, the last one possibly unfinished', () => {
    expect(dictionary.segment('zhangsan')).toEqual(['zhang', 'san']);
    expect(dictionary.segment('zhangs')).toEqual(['zhang', 's']);
    expect(dictionary.segment('woaini')).toEqual(['wo', 'ai', 'ni']);
  });

  it('backs off a longest match when the rest could not be spelt', () => {
    expect(dictionary.segment('fangan')).toEqual(['fang', 'an']);
    expect(dictionary.segment('xian')).toEqual(['xian']);
  });

  it('keeps letters that spell nothing as one trailing piece', () => {
    expect(dictionary.segment('zhvv')).toEqual(['zh', 'vv']);
  });
});

describe('the generated table', () => {
  it('holds about 3,500 characters under some 400 syllables written a–z', () => {
    expect([...table.FREQUENCY_ORDER].length).toBe(3500);
    const syllables = Object.keys(table.SYLLABLES);
    expect(syllables.length).toBeGreaterThan(380);
    expect(syllables.every((s) => /^[a-z]{1,6}$/.test(s))).toBe(true);
  });
});
