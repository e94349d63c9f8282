/**
 * Finding a service with the remote: by pinyin initials ("ylbx" → 养老保险),
 * full pinyin or any mix ("yanglaob"), Chinese text, or English words. The
 * pinyin of every title is worked out once per catalogue (pinyin-pro, with the
 * other readings of polyphonic characters too, so 银行 matches "yinhang" and
 * "yinxing" alike). Titles that start with the query come first.
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import type { Catalog, Service } from './catalog-types.js';
import { HAN, normaliseQuery, spelledFrom } from '../pinyin/pinyin-match.js';

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

/** Lower is better; null when it does not match. */
function score(entry: Entry, query: string): number | null {
  if (HAN.test(query)) {
    const at = entry.zh.indexOf(query);
    if (at >= 0) return at === 0 ? 0 : 1 + at / 100;
    return entry.summary.includes(query) ? 3 : null;
  }
  const start = spelledFrom(entry.readings, query);
  if (start >= 0) return start === 0 ? 0 : 1 + start / 100;
  const at = entry.en.indexOf(query);
  if (at >= 0) return at === 0 ? 0.5 : 2 + at / 100;
  return null;
}

/** Services matching `query`, best first; every service, in catalogue order, for an empty query. */
export function searchServices(index: SearchIndex, query: string): Service[] {
  const wanted = normaliseQuery(query);
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
