/**
 * The readings of a text's characters from the keyboard's pinyin table (the
 * 3,500 most used characters, every reading of each): small enough to ship in
 * the guide worker, where pinyin-pro (over 300 kB) is not. A character the
 * table lacks reads as itself, lower-cased, so letters and digits in a title
 * ("CCTV-1") are typed as they are.
 */
import { SYLLABLES } from './pinyin-table.generated.js';

let readingsByChar: Map<string, string[]> | null = null;

function table(): Map<string, string[]> {
  if (readingsByChar) return readingsByChar;
  const map = new Map<string, string[]>();
  for (const syllable of Object.keys(SYLLABLES)) {
    for (const char of SYLLABLES[syllable] ?? '') {
      const known = map.get(char);
      if (known) known.push(syllable);
      else map.set(char, [syllable]);
    }
  }
  readingsByChar = map;
  return map;
}

/** Per character of `text` (spaces dropped): its readings, lower case, ü as v. */
export function tableReadings(text: string): string[][] {
  const readings: string[][] = [];
  const map = table();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    readings.push(map.get(char) ?? [char.toLowerCase()]);
  }
  return readings;
}
