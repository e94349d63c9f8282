/**
 * The pinyin table is about 19 kB gzipped and only the pinyin layout needs it,
 * so it is its own chunk, fetched the first time a pinyin keyboard appears and
 * shared by every keyboard after that.
 */
import { PinyinDictionary } from './pinyin-dictionary.js';

let loading: Promise<PinyinDictionary> | null = null;

export function loadPinyinDictionary(): Promise<PinyinDictionary> {
  loading ??= import('../../data/pinyin/pinyin-table.generated.js').then(
    (table) => new PinyinDictionary(table),
  );
  // A failed fetch (offline before the chunk was cached) may be tried again later.
  loading.catch(() => (loading = null));
  return loading;
}
