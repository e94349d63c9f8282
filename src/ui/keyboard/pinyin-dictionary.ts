/**
 * Pinyin → characters over the generated table: splits what was typed into
 * syllables and lists the characters for the first one, most used first.
 * A buffer that is only the start of a syllable ('zh', 'zha') lists the
 * characters of every syllable it could become, the complete syllable's first,
 * so a household sees 张 before it has typed all of 'zhang'.
 */

/** The shape of `data/pinyin/pinyin-table.generated.ts`. */
export interface PinyinTable {
  /** Characters, most used first. */
  readonly FREQUENCY_ORDER: string;
  /** Syllable (ü written v) → its characters, most likely first. */
  readonly SYLLABLES: Readonly<Record<string, string>>;
}

/** What the candidate bar offers for a buffer. */
export interface PinyinCandidates {
  /** The leading part of the buffer a picked candidate replaces. */
  readonly consumed: string;
  readonly chars: readonly string[];
}

const NONE: PinyinCandidates = { consumed: '', chars: [] };
/** The longest Mandarin syllable ('zhuang', 'shuang') has 6 letters. */
const LONGEST_SYLLABLE = 6;

export class PinyinDictionary {
  private readonly _table: Readonly<Record<string, string>>;
  private readonly _sorted: string[];
  private readonly _rank = new Map<string, number>();
  private readonly _cache = new Map<string, PinyinCandidates>();

  constructor(table: PinyinTable) {
    this._table = table.SYLLABLES;
    this._sorted = Object.keys(table.SYLLABLES).sort();
    [...table.FREQUENCY_ORDER].forEach((char, i) => this._rank.set(char, i));
  }

  isSyllable(text: string): boolean {
    return Object.prototype.hasOwnProperty.call(this._table, text);
  }

  /** True when some syllable starts with `text` (itself included). */
  isPrefix(text: string): boolean {
    return this._firstIndexFrom(text) >= 0;
  }

  /**
   * The buffer as syllables, the last one possibly unfinished: 'zhangsan' →
   * ['zhang', 'san'], 'zhangs' → ['zhang', 's']. Longest syllables first, backing
   * off when the rest cannot be spelt ('fangan' → fang|an). Letters that spell
   * nothing are kept as one trailing piece, so nothing typed is ever lost.
   */
  segment(buffer: string): string[] {
    const whole = this._segment(buffer);
    if (whole) return whole;
    for (let end = buffer.length - 1; end > 0; end--) {
      const head = this._segment(buffer.slice(0, end));
      if (head) return [...head, buffer.slice(end)];
    }
    return buffer ? [buffer] : [];
  }

  /** Candidates for the first syllable of the buffer. */
  candidates(buffer: string): PinyinCandidates {
    const cached = this._cache.get(buffer);
    if (cached) return cached;
    const result = this._lookup(buffer);
    if (this._cache.size > 200) this._cache.clear();
    this._cache.set(buffer, result);
    return result;
  }

  private _lookup(buffer: string): PinyinCandidates {
    const first = this.segment(buffer)[0];
    if (!first) return NONE;
    const exact = this.isSyllable(first) ? [...(this._table[first] ?? '')] : [];
    const onlySegment = first.length === buffer.length;
    // Mid-buffer the syllable is settled; at the end it may still grow.
    if (!onlySegment && exact.length) return { consumed: first, chars: exact };
    const seen = new Set(exact);
    const more: string[] = [];
    for (const syllable of this._syllablesStartingWith(first)) {
      if (syllable === first) continue;
      for (const char of this._table[syllable] ?? '') {
        if (!seen.has(char)) {
          seen.add(char);
          more.push(char);
        }
      }
    }
    more.sort((a, b) => this._rankOf(a) - this._rankOf(b));
    const chars = [...exact, ...more];
    return chars.length ? { consumed: first, chars } : NONE;
  }

  private _rankOf(char: string): number {
    return this._rank.get(char) ?? Number.MAX_SAFE_INTEGER;
  }

  private _segment(text: string): string[] | null {
    if (!text) return [];
    for (let len = Math.min(LONGEST_SYLLABLE, text.length); len > 0; len--) {
      const head = text.slice(0, len);
      if (!this.isSyllable(head)) continue;
      const rest = this._segment(text.slice(len));
      if (rest) return [head, ...rest];
    }
    return this.isPrefix(text) ? [text] : null;
  }

  private _syllablesStartingWith(prefix: string): string[] {
    const out: string[] = [];
    for (let i = this._firstIndexFrom(prefix); i >= 0 && i < this._sorted.length; i++) {
      const syllable = this._sorted[i];
      if (!syllable?.startsWith(prefix)) break;
      out.push(syllable);
    }
    return out;
  }

  /** Index of the first syllable starting with `prefix`, or -1 (binary search). */
  private _firstIndexFrom(prefix: string): number {
    let lo = 0;
    let hi = this._sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this._sorted[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    return this._sorted[lo]?.startsWith(prefix) ? lo : -1;
  }
}
