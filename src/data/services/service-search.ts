/**
 * Finding a service with the remote: by pinyin initials ("ylbx" → 养老保险),
 * full pinyin or any mix ("yanglaob"), Chinese text, or English words. The
 * pinyin of every title is worked out once per catalogue (pinyin-pro, with the
 * other readings of polyphonic characters too, so 银行 matches "yinhang" and
 * "yinxing" alike). Titles that start with the query come first.
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import type { Catalog, Service } from './catalog-types.js';

interface Entry {
  service: Service;
  order: number;
  zh: string;
  en: string;
  summary: string;
  /** Per character of the Chinese title: its possible readings (lower case, ü as v). */
  readings: string[][];
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
}

// A range, not \p{Script=Han}: property escapes came in Chromium 64, after some of our TVs.
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function readingsOf(text: string): string[][] {
  const chars = [...text];
  const options = { toneType: 'none', type: 'array', v: true } as const;
  const inContext = pinyin(text, options);
  const all = polyphonic(text, options);
  if (inContext.length !== chars.length || all.length !== chars.length) {
    return chars.map((char) => [pinyin(char, options)[0] ?? char]);
  }
  return chars.map((char, i) => {
    const readings = [inContext[i] ?? char, ...(all[i] ?? [])].map((r) => r.toLowerCase());
    return [...new Set(readings)];
  });
}

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  return {
    entries: catalog.services.map((service, order) => ({
      service,
      order,
      zh: service.title['zh-CN'],
      en: service.title.en.toLowerCase(),
      summary: service.summary['zh-CN'],
      readings: readingsOf(service.title['zh-CN']),
    })),
  };
}

/**
 * Whether `query` is spelled by the readings from character `start` on: each
 * character consumes a non-empty prefix of one of its readings (an initial,
 * "zh", or the whole syllable), characters contiguous.
 */
function spellsFrom(readings: readonly string[][], start: number, query: string): boolean {
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

/** Lower is better; null when it does not match. */
function score(entry: Entry, query: string): number | null {
  if (HAN.test(query)) {
    const at = entry.zh.indexOf(query);
    if (at >= 0) return at === 0 ? 0 : 1 + at / 100;
    return entry.summary.includes(query) ? 3 : null;
  }
  for (let start = 0; start < entry.readings.length; start++) {
    if (spellsFrom(entry.readings, start, query)) return start === 0 ? 0 : 1 + start / 100;
  }
  const at = entry.en.indexOf(query);
  if (at >= 0) return at === 0 ? 0.5 : 2 + at / 100;
  return null;
}

function normalise(query: string): string {
  return query.toLowerCase().replace(/\s+/g, '').replace(/ü/g, 'v');
}

/** Services matching `query`, best first; every service, in catalogue order, for an empty query. */
export function searchServices(index: SearchIndex, query: string): Service[] {
  const wanted = normalise(query);
  if (wanted === '') return index.entries.map((entry) => entry.service);
  const found: Array<{ entry: Entry; score: number }> = [];
  for (const entry of index.entries) {
    const value = score(entry, wanted);
    if (value !== null) found.push({ entry, score: value });
  }
  found.sort(
    (a, b) =>
      a.score - b.score || a.entry.zh.length - b.entry.zh.length || a.entry.order - b.entry.order,
  );
  return found.map(({ entry }) => entry.service);
}
