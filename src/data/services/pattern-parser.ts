/**
 * Reads a regular expression (ECMAScript `u` mode; the pattern is known to
 * compile) into the tree the analysis works on: characters as sets, sequences,
 * alternatives and counted repeats. What the analysis cannot model is widened
 * (a backreference is any text, `\p{…}` any character). Its own file: the
 * grammar is long, and nothing in it is about ambiguity.
 */
import {
  ALL,
  charSet,
  CLASS_ESCAPES,
  foldCase,
  LINE_TERMINATORS,
  negate,
  rangesOf,
  type CharSet,
} from './pattern-charsets.js';
import { MAX_GROUP_DEPTH, TooComplex } from './pattern-limits.js';

const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

export type PatternNode =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'empty' }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'repeat'; body: PatternNode; min: number; max: number }
  /** A lookaround: matches no text here; its body is judged all the same. */
  | { kind: 'look'; body: PatternNode };

const EMPTY: PatternNode = { kind: 'empty' };
/** What a backreference may match: any text. */
export const ANY_TEXT: PatternNode = {
  kind: 'repeat',
  body: { kind: 'chars', set: ALL },
  min: 0,
  max: Infinity,
};

export class Parser {
  private at = 0;
  private depth = 0;
  private ignoreCase = false;
  private dotAll = false;

  constructor(private readonly source: string) {}

  parse(): PatternNode {
    const node = this._disjunction();
    if (this.at < this.source.length) throw new TooComplex('unexpected )');
    return node;
  }

  private _peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private _disjunction(): PatternNode {
    if (++this.depth > MAX_GROUP_DEPTH) throw new TooComplex('groups nested too deep');
    const options = [this._alternative()];
    while (this._peek() === '|') {
      this.at++;
      options.push(this._alternative());
    }
    this.depth--;
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private _alternative(): PatternNode {
    const items: PatternNode[] = [];
    while (this.at < this.source.length && this._peek() !== '|' && this._peek() !== ')') {
      items.push(this._term());
    }
    return { kind: 'seq', items };
  }

  private _term(): PatternNode {
    const c = this._peek();
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (c === '\\' && (this._peek(1) === 'b' || this._peek(1) === 'B')) {
      this.at += 2;
      return EMPTY;
    }
    return this._quantified(this._atom());
  }

  private _atom(): PatternNode {
    const c = this._peek();
    if (c === '(') return this._group();
    if (c === '[') return this._chars(this._class());
    if (c === '.') {
      this.at++;
      return this._chars(this.dotAll ? ALL : negate(LINE_TERMINATORS));
    }
    if (c === '\\') return this._atomEscape();
    const cp = this._codePoint();
    return this._chars([cp, cp]);
  }

  private _chars(set: CharSet): PatternNode {
    return { kind: 'chars', set: this.ignoreCase ? foldCase(set) : set };
  }

  /** The code point at the cursor, which moves past it. */
  private _codePoint(): number {
    const cp = this.source.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private _group(): PatternNode {
    this.at++; // (
    const rest = this.source.slice(this.at, this.at + 3);
    const saved = { ignoreCase: this.ignoreCase, dotAll: this.dotAll };
    let look = false;
    if (rest.startsWith('?=') || rest.startsWith('?!')) {
      this.at += 2;
      look = true;
    } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      this.at += 3;
      look = true;
    } else if (rest.startsWith('?<')) {
      this.at = this.source.indexOf('>', this.at) + 1;
    } else if (rest.startsWith('?')) {
      // (?:…) or modifiers (?ims-ims:…)
      const modifiers = /^\?([a-z]*)(?:-([a-z]*))?:/.exec(this.source.slice(this.at));
      if (!modifiers) throw new TooComplex('unknown group');
      const [whole, on = '', off = ''] = modifiers;
      if (on.includes('i')) this.ignoreCase = true;
      if (off.includes('i')) this.ignoreCase = false;
      if (on.includes('s')) this.dotAll = true;
      if (off.includes('s')) this.dotAll = false;
      this.at += whole.length;
    }
    const body = this._disjunction();
    if (this._peek() !== ')') throw new TooComplex('unclosed group');
    this.at++;
    this.ignoreCase = saved.ignoreCase;
    this.dotAll = saved.dotAll;
    return look ? { kind: 'look', body } : body;
  }

  private _atomEscape(): PatternNode {
    const e = this._peek(1);
    const known = CLASS_ESCAPES[e];
    if (known) {
      this.at += 2;
      return this._chars(known);
    }
    if (e === 'p' || e === 'P') {
      this.at = this.source.indexOf('}', this.at) + 1;
      return this._chars(ALL);
    }
    if (/[1-9]/.test(e)) {
      this.at++;
      while (/[0-9]/.test(this._peek())) this.at++;
      return ANY_TEXT;
    }
    if (e === 'k') {
      this.at = this.source.indexOf('>', this.at) + 1;
      return ANY_TEXT;
    }
    const cp = this._characterEscape();
    return this._chars([cp, cp]);
  }

  /** `\t`, `\x41`, `\u{1F600}`, `\.`…: the character meant; the cursor is on the backslash. */
  private _characterEscape(): number {
    this.at++; // \
    const e = this._peek();
    const control = CONTROL_ESCAPES[e];
    if (control !== undefined) {
      this.at++;
      return control;
    }
    if (e === '0') {
      this.at++;
      return 0;
    }
    if (e === 'c') {
      this.at += 2;
      return this.source.charCodeAt(this.at - 1) % 32;
    }
    if (e === 'x') {
      this.at += 3;
      return parseInt(this.source.slice(this.at - 2, this.at), 16);
    }
    if (e === 'u' && this._peek(1) === '{') {
      const end = this.source.indexOf('}', this.at);
      const cp = parseInt(this.source.slice(this.at + 2, end), 16);
      this.at = end + 1;
      return cp;
    }
    if (e === 'u') {
      this.at += 5;
      return parseInt(this.source.slice(this.at - 4, this.at), 16);
    }
    return this._codePoint();
  }

  private _class(): CharSet {
    this.at++; // [
    const negated = this._peek() === '^';
    if (negated) this.at++;
    const ranges: Array<[number, number]> = [];
    while (this._peek() !== ']') {
      if (this.at >= this.source.length) throw new TooComplex('unclosed class');
      const from = this._classAtom();
      if (typeof from === 'number' && this._peek() === '-' && this._peek(1) !== ']') {
        this.at++;
        const to = this._classAtom();
        if (typeof to !== 'number') throw new TooComplex('class range');
        ranges.push([from, to]);
      } else if (typeof from === 'number') {
        ranges.push([from, from]);
      } else {
        ranges.push(...rangesOf(from));
      }
    }
    this.at++; // ]
    const set = charSet(ranges);
    const folded = this.ignoreCase ? foldCase(set) : set;
    return negated ? negate(folded) : folded;
  }

  /** One character, or a whole set (`\d`, `\p{…}`). */
  private _classAtom(): number | CharSet {
    if (this._peek() !== '\\') return this._codePoint();
    const e = this._peek(1);
    const known = CLASS_ESCAPES[e];
    if (known) {
      this.at += 2;
      return known;
    }
    if (e === 'p' || e === 'P') {
      this.at = this.source.indexOf('}', this.at) + 1;
      return ALL;
    }
    if (e === 'b') {
      this.at += 2;
      return 8;
    }
    if (e === '-') {
      this.at += 2;
      return 45;
    }
    return this._characterEscape();
  }

  private _quantified(atom: PatternNode): PatternNode {
    const c = this._peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!counted) return atom;
      this.at += counted[0].length;
      min = Number(counted[1]);
      max = counted[2] === undefined ? min : counted[3] ? Number(counted[3]) : Infinity;
    } else {
      return atom;
    }
    if (this._peek() === '?') this.at++; // lazy: the same paths, tried in another order
    return { kind: 'repeat', body: atom, min, max };
  }
}
