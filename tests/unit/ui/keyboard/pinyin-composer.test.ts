import { describe, expect, it } from 'vitest';
import { PinyinComposer } from '@src/ui/keyboard/pinyin-composer.js';
import { PinyinDictionary } from '@src/ui/keyboard/pinyin-dictionary.js';
import * as table from '@src/data/pinyin/pinyin-table.generated.js';

function composerWith(letters: string): PinyinComposer {
  const composer = new PinyinComposer(new PinyinDictionary(table));
  for (const letter of letters) composer.type(letter);
  return composer;
}

describe('pinyin composer', () => {
  it('types 张三 as zhangsan, one syllable per pick', () => {
    const composer = composerWith('zhangsan');
    const zhang = composer.pageCandidates.indexOf('张');
    expect(zhang).toBeGreaterThanOrEqual(0);
    expect(composer.pick(zhang)).toBe('张');
    expect(composer.buffer).toBe('san');
    expect(composer.pick(composer.pageCandidates.indexOf('三'))).toBe('三');
    expect(composer.buffer).toBe('');
    expect(composer.pageCandidates).toEqual([]);
  });

  it('refuses anything but letters, and lower-cases them', () => {
    const composer = composerWith('');
    expect(composer.type('1')).toBe(false);
    expect(composer.type('W')).toBe(true);
    expect(composer.buffer).toBe('w');
  });

  it('deletes from the buffer until it is empty, then says so', () => {
    const composer = composerWith('wo');
    expect(composer.backspace()).toBe(true);
    expect(composer.backspace()).toBe(true);
    expect(composer.backspace()).toBe(false);
  });

  it('pages through the candidates nine at a time, and 更多 goes round', () => {
    const composer = composerWith('zh');
    expect(composer.pageCandidates).toHaveLength(9);
    const first = composer.pageCandidates[0];
    expect(composer.previousPage()).toBe(false);
    expect(composer.nextPage()).toBe(true);
    expect(composer.pageCandidates[0]).not.toBe(first);
    while (composer.hasNextPage) composer.nextPage();
    expect(composer.nextPage()).toBe(false);
    composer.cyclePage();
    expect(composer.page).toBe(0);
  });

  it('picks from the page shown, and typing starts at the first page again', () => {
    const composer = composerWith('zh');
    composer.nextPage();
    const shown = composer.pageCandidates[2];
    expect(composer.pick(2)).toBe(shown);
    composer.type('a');
    expect(composer.page).toBe(0);
  });

  it('fills the buffer before the dictionary has loaded, candidates come with it', () => {
    const composer = new PinyinComposer(null);
    composer.type('w');
    composer.type('o');
    expect(composer.pageCandidates).toEqual([]);
    composer.dictionary = new PinyinDictionary(table);
    expect(composer.pageCandidates[0]).toBe('我');
  });
});
