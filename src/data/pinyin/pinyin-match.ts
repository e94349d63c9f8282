/**
 * Typing a name with the remote's letters: whether a query spells a text by the
 * pinyin of its characters. Each character takes a non-empty prefix of one of
 * its readings (an initial, "zh", or the whole syllable), characters in a row,
 * so "ylbx", "yanglaob" and "yang lao bao xian" all find 养老保险. The
 * readings come from the caller (pinyin-pro for a catalogue, the keyboard's
 * table for a guide of 200,000 programmes).
 */

// A range, not \p{Script=Han}: property escapes came in Chromium 64, after some of our TVs.
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Lower case, no spaces, ü as v: how the readings are written too. */
export function normaliseQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/g, '').replace(/ü/g, 'v');
}

/**
 * Whether `query` is spelled by the readings from character `start` on. Memoised
 * per (character, position), so a hostile query cannot make it exponential.
 */
export function spellsFrom(readings: readonly string[][], start: number, query: string): boolean {
  const failed = new Set<string>();
  const walk = (char: number, at: number): boolean => {
    if (at === query.length) return true;
    if (char >= readings.length) return false;
    const key = `${char}:${at}`;
    if (failed.has(key)) return false;
    for (const reading of readings[char] ?? []) {
      for (let length = Math.min(reading.length, query.length - at); length >= 1; length--) {
        if (query.startsWith(reading.slice(0, length), at) && walk(char + 1, at + length)) {
          return true;
        }
      }
    }
    failed.add(key);
    return false;
  };
  return walk(start, 0);
}

/** The first character from which `query` is spelled, or -1. */
export function spelledFrom(readings: readonly string[][], query: string): number {
  for (let start = 0; start < readings.length; start++) {
    if (spellsFrom(readings, start, query)) return start;
  }
  return -1;
}
