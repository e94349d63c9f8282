/**
 * The state of pinyin typing, without any DOM: the letters typed so far (the
 * buffer), the candidates they spell, split into pages the bar can show, and
 * picking one (which hands back the character and drops its syllable from the
 * buffer). Until the dictionary has loaded the buffer still fills; candidates
 * appear once it arrives.
 */
import type { PinyinDictionary } from './pinyin-dictionary.js';

/** Enough for a long name typed in one go; more is almost surely a stuck key. */
const MAX_BUFFER = 30;

export class PinyinComposer {
  private _buffer = '';
  private _page = 0;

  constructor(
    private _dictionary: PinyinDictionary | null = null,
    readonly pageSize = 9,
  ) {}

  set dictionary(dictionary: PinyinDictionary | null) {
    this._dictionary = dictionary;
    this._page = 0;
  }

  get buffer(): string {
    return this._buffer;
  }

  get page(): number {
    return this._page;
  }

  /** Every candidate for the buffer's first syllable. */
  get candidates(): readonly string[] {
    return this._dictionary && this._buffer ? this._dictionary.candidates(this._buffer).chars : [];
  }

  get pageCount(): number {
    return Math.ceil(this.candidates.length / this.pageSize);
  }

  /** The candidates the bar shows now (number key n picks the n-th). */
  get pageCandidates(): readonly string[] {
    const start = this._page * this.pageSize;
    return this.candidates.slice(start, start + this.pageSize);
  }

  get hasNextPage(): boolean {
    return this._page + 1 < this.pageCount;
  }

  get hasPreviousPage(): boolean {
    return this._page > 0;
  }

  /** Add a letter a–z (ü as v). False when it is not one or the buffer is full. */
  type(letter: string): boolean {
    const lower = letter.toLowerCase();
    if (!/^[a-z]$/.test(lower) || this._buffer.length >= MAX_BUFFER) return false;
    this._buffer += lower;
    this._page = 0;
    return true;
  }

  /** Remove the last letter. False when the buffer was already empty. */
  backspace(): boolean {
    if (!this._buffer) return false;
    this._buffer = this._buffer.slice(0, -1);
    this._page = 0;
    return true;
  }

  /** Take the n-th candidate of the page (0-based): returns it and drops its syllable. */
  pick(indexOnPage: number): string | null {
    const char = this.pageCandidates[indexOnPage];
    if (!char || !this._dictionary) return null;
    const { consumed } = this._dictionary.candidates(this._buffer);
    this._buffer = this._buffer.slice(consumed.length);
    this._page = 0;
    return char;
  }

  nextPage(): boolean {
    if (!this.hasNextPage) return false;
    this._page++;
    return true;
  }

  previousPage(): boolean {
    if (!this.hasPreviousPage) return false;
    this._page--;
    return true;
  }

  /** The 更多 key: the next page, and after the last one the first again. */
  cyclePage(): void {
    this._page = this.hasNextPage ? this._page + 1 : 0;
  }

  clear(): void {
    this._buffer = '';
    this._page = 0;
  }
}
