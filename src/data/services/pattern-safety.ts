/**
 * Whether a regular expression from a remote form schema (`pattern`, a
 * `patternProperties` key) can make the TV's regex engine backtrack for
 * seconds on a short input. ajv runs those patterns on the main thread
 * (`new RegExp(pattern, 'u')`), and a backtracking engine cannot be stopped
 * once it has started: `^(\d+)+$` against 28 digits and an `x` took 2.8 s.
 *
 * Written here rather than taken from npm. safe-regex2 (star height only) both
 * misses overlapping alternatives under a star (`(a|a)*`, `(\w|\d)+`) and
 * refuses everyday patterns such as `^\d+(\.\d{1,2})?$`; redos-detector is
 * 200 kB, cannot parse named groups, and answers "unsafe" when its time limit
 * runs out, so its verdict would depend on how fast the TV is; recheck needs a
 * worker (synckit) or WebAssembly.
 *
 * The method is the textbook one (Weber & Seidl; Allauzen, Mohri & Rastogi,
 * "General algorithms for testing the ambiguity of finite automata"): the
 * pattern becomes a position automaton (Glushkov) that keeps how many ways
 * each step can be taken, and
 * - it is refused when some input can go round one loop in two different ways
 *   (exponential ambiguity: `(a+)+`, `(a*)*`, `(a|a)*`, `(\d{1,3})+`, `([a-z]+\s?)+`);
 * - it is refused when more than MAX_DEGREE loops can take turns at the same
 *   text (polynomial ambiguity of high degree: `\d*\d*\d*\d*\d*`, `(\d+){20}`).
 * Loops separated by a character the other cannot take are not ambiguous, so
 * `^[\u4e00-\u9fa5]+(·[\u4e00-\u9fa5]+)*$` or `^([a-z0-9-]+\.)+[a-z]{2,}$` pass.
 *
 * The analysis over-approximates what it cannot model (a backreference stands
 * for any text, `\p{…}` for any character, long counted repeats for a loop):
 * it may refuse a harmless pattern, never the reverse. Its work is bounded:
 * a pattern too big to judge within the budget is refused as 'too-complex'.
 */

/** Loops that may take turns at the same text: O(n^(degree + 1)) backtracking. */
export const MAX_DEGREE = 3;
/** Longest pattern judged (UTF-16 code units). */
const MAX_PATTERN_LENGTH = 1_000;
/** Groups inside groups. */
const MAX_GROUP_DEPTH = 32;
/** Counted repeats up to this many are modelled exactly; longer ones as a loop. */
const EXACT_REPEAT = 20;
/** Characters and classes after counted repeats are written out. */
const MAX_POSITIONS = 400;
/** Steps for one pattern, whatever the budget left. */
const STEPS_PER_PATTERN = 100_000;

export type PatternVerdict =
  | { safe: true }
  | {
      safe: false;
      /** 'invalid': not a `u`-mode regular expression (ajv reports it when compiling). */
      reason: 'exponential' | 'polynomial' | 'too-complex' | 'invalid';
    };

/** Steps left for judging patterns, shared by everything one catalogue holds. */
export interface PatternBudget {
  steps: number;
}

export function patternBudget(steps = 1_000_000): PatternBudget {
  return { steps };
}

class TooComplex extends Error {}

// --- Character sets: sorted, disjoint, inclusive code point ranges [lo, hi, lo, hi, …]

type CharSet = readonly number[];
const MAX_CP = 0x10ffff;

function charSet(ranges: ReadonlyArray<readonly [number, number]>): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const end = out.length - 1;
    if (end > 0 && lo <= out[end]! + 1) out[end] = Math.max(out[end]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function rangesOf(set: CharSet): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < set.length; i += 2) out.push([set[i]!, set[i + 1]!]);
  return out;
}

function negate(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of rangesOf(set)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return charSet(out);
}

function intersect(a: CharSet, b: CharSet): CharSet {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

const overlaps = (a: CharSet, b: CharSet): boolean => intersect(a, b).length > 0;

/** ASCII letters in both cases, for `(?i:…)` groups (other case pairs are rare in forms). */
function foldCase(set: CharSet): CharSet {
  const extra: Array<[number, number]> = [];
  for (const [lo, hi] of rangesOf(intersect(set, [65, 90]))) extra.push([lo + 32, hi + 32]);
  for (const [lo, hi] of rangesOf(intersect(set, [97, 122]))) extra.push([lo - 32, hi - 32]);
  return charSet([...rangesOf(set), ...extra]);
}

const ALL: CharSet = [0, MAX_CP];
const DIGIT: CharSet = [48, 57];
const WORD = charSet([
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
]);
const SPACE = charSet([
  [9, 13],
  [32, 32],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS = charSet([
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
]);
const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT,
  D: negate(DIGIT),
  w: WORD,
  W: negate(WORD),
  s: SPACE,
  S: negate(SPACE),
};
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

// --- Parsing (ECMAScript `u` mode; the pattern is known to compile)

type Node =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number }
  /** A lookaround: matches no text here; its body is judged all the same. */
  | { kind: 'look'; body: Node };

const EMPTY: Node = { kind: 'empty' };
/** What a backreference may match: any text. */
const ANY_TEXT: Node = { kind: 'repeat', body: { kind: 'chars', set: ALL }, min: 0, max: Infinity };

class Parser {
  private at = 0;
  private depth = 0;
  private ignoreCase = false;
  private dotAll = false;

  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this._disjunction();
    if (this.at < this.source.length) throw new TooComplex('unexpected )');
    return node;
  }

  private _peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private _disjunction(): Node {
    if (++this.depth > MAX_GROUP_DEPTH) throw new TooComplex('groups nested too deep');
    const options = [this._alternative()];
    while (this._peek() === '|') {
      this.at++;
      options.push(this._alternative());
    }
    this.depth--;
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private _alternative(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this._peek() !== '|' && this._peek() !== ')') {
      items.push(this._term());
    }
    return { kind: 'seq', items };
  }

  private _term(): Node {
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

  private _atom(): Node {
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

  private _chars(set: CharSet): Node {
    return { kind: 'chars', set: this.ignoreCase ? foldCase(set) : set };
  }

  /** The code point at the cursor, which moves past it. */
  private _codePoint(): number {
    const cp = this.source.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private _group(): Node {
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

  private _atomEscape(): Node {
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

  private _quantified(atom: Node): Node {
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

// --- The position automaton, counting the ways each step can be taken

interface Fragment {
  nullable: boolean;
  first: readonly number[];
  last: readonly number[];
}

const NOTHING: Fragment = { nullable: true, first: [], last: [] };

class Automaton {
  readonly sets: CharSet[] = [];
  /** next[p]: the positions that may follow p, each with how many ways it may. */
  readonly next: Array<Map<number, number>> = [];
  /** Whether positions p and q share a character: 0 not known yet, 1 no, 2 yes. */
  private _overlap = new Uint8Array(0);

  constructor(private readonly budget: { steps: number }) {}

  /** Whether some character can be read at both p and q. */
  overlap(p: number, q: number): boolean {
    const n = this.sets.length;
    if (this._overlap.length !== n * n) this._overlap = new Uint8Array(n * n);
    const at = p * n + q;
    if (this._overlap[at] === 0) {
      this._overlap[at] = this._overlap[q * n + p] = overlaps(this.sets[p]!, this.sets[q]!) ? 2 : 1;
    }
    return this._overlap[at] === 2;
  }

  spend(steps: number): void {
    this.budget.steps -= steps;
    if (this.budget.steps < 0) throw new TooComplex('out of steps');
  }

  build(node: Node): Fragment {
    switch (node.kind) {
      case 'chars': {
        if (this.sets.length >= MAX_POSITIONS) throw new TooComplex('too many positions');
        this.spend(1);
        const p = this.sets.push(node.set) - 1;
        this.next.push(new Map());
        return { nullable: false, first: [p], last: [p] };
      }
      case 'empty':
        return NOTHING;
      case 'look':
        this.build(node.body); // judged, but consumes nothing here
        return NOTHING;
      case 'seq':
        return node.items.reduce<Fragment>(
          (sofar, item) => this._then(sofar, this.build(item)),
          NOTHING,
        );
      case 'alt': {
        const options = node.options.map((option) => this.build(option));
        return {
          nullable: options.some((option) => option.nullable),
          first: options.flatMap((option) => option.first),
          last: options.flatMap((option) => option.last),
        };
      }
      case 'repeat':
        return this._repeat(node.body, node.min, node.max);
    }
  }

  private _link(from: readonly number[], to: readonly number[]): void {
    this.spend(from.length * to.length);
    for (const p of from) {
      const next = this.next[p]!;
      for (const q of to) next.set(q, (next.get(q) ?? 0) + 1);
    }
  }

  private _then(a: Fragment, b: Fragment): Fragment {
    this._link(a.last, b.first);
    return {
      nullable: a.nullable && b.nullable,
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...a.last, ...b.last] : b.last,
    };
  }

  /** body+ (and body* once made nullable): the end of an iteration leads to its start. */
  private _loop(body: Fragment): Fragment {
    this._link(body.last, body.first);
    return body;
  }

  private _repeat(body: Node, min: number, max: number): Fragment {
    if (max === 0) return NOTHING;
    if (max === Infinity || max > EXACT_REPEAT) {
      // body{m,} as body^(m-1) body+; a longer count than EXACT_REPEAT as a loop.
      const copies = Math.min(min, EXACT_REPEAT);
      if (copies === 0) return { ...this._loop(this.build(body)), nullable: true };
      let sofar = NOTHING;
      for (let i = 1; i < copies; i++) sofar = this._then(sofar, this.build(body));
      return this._then(sofar, this._loop(this.build(body)));
    }
    let sofar = NOTHING;
    for (let i = 0; i < min; i++) sofar = this._then(sofar, this.build(body));
    // The optional copies nested, (b(b(b)?)?)?, so that each count is one path.
    let optional = NOTHING;
    for (let i = min; i < max; i++) {
      optional = { ...this._then(this.build(body), optional), nullable: true };
    }
    return this._then(sofar, optional);
  }
}

// --- Judging the automaton

/** Strongly connected components (Tarjan, without recursion), in reverse topological order. */
function components(size: number, successors: (node: number) => readonly number[]): number[][] {
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edge] = frame;
      const next = successors(node);
      if (edge < next.length) {
        frame[1]++;
        const to = next[edge]!;
        if (index[to] === -1) {
          index[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = 1;
          work.push([to, 0]);
        } else if (onStack[to]) {
          low[node] = Math.min(low[node]!, index[to]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!);
      if (low[node] === index[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        found.push(component);
      }
    }
  }
  return found;
}

/**
 * Exponential ambiguity: in the automaton squared (two runs reading the same
 * text), a component holding a pair of equal positions that also holds a pair of
 * different ones, or a step the two runs take by different ways.
 */
function exponential(automaton: Automaton): boolean {
  const { sets, next } = automaton;
  const n = sets.length;
  // Pairs (p, q) with p ≤ q (the square is symmetric), numbered p * n + q.
  const ids = new Map<number, number>();
  const pairs: number[] = [];
  const edges: number[][] = [];
  const forked = new Set<number>();
  const idOf = (p: number, q: number): number => {
    const key = p <= q ? p * n + q : q * n + p;
    let id = ids.get(key);
    if (id === undefined) {
      id = pairs.push(key) - 1;
      ids.set(key, id);
      edges.push([]);
    }
    return id;
  };
  for (let p = 0; p < n; p++) idOf(p, p);
  for (let id = 0; id < pairs.length; id++) {
    const key = pairs[id]!;
    const p = Math.floor(key / n);
    const q = key % n;
    const out = new Set<number>();
    for (const [p2, ways] of next[p]!) {
      automaton.spend(next[q]!.size);
      for (const q2 of next[q]!.keys()) {
        if (!automaton.overlap(p2, q2)) continue;
        const to = idOf(p2, q2);
        out.add(to);
        if (p === q && p2 === q2 && ways > 1) forked.add(id * n + p2);
      }
    }
    edges[id] = [...out];
  }
  for (const component of components(pairs.length, (id) => edges[id]!)) {
    const members = new Set(component);
    const diagonal = (id: number) => pairs[id]! % (n + 1) === 0;
    if (!component.some(diagonal)) continue;
    if (!component.every(diagonal)) return true;
    for (const id of component) {
      for (const to of edges[id]!) {
        if (members.has(to) && forked.has(id * n + Math.floor(pairs[to]! / n))) return true;
      }
    }
  }
  return false;
}

/**
 * The degree of polynomial ambiguity (the automaton having no exponential
 * ambiguity): the longest chain of loops L1 → L2 → … where, for consecutive
 * loops, some text can go round the first, round the second, or from the
 * first to the second.
 */
function degree(automaton: Automaton): number {
  const { sets, next } = automaton;
  const n = sets.length;
  const successors = next.map((ways) => [...ways.keys()]);
  const found = components(n, (p) => successors[p]!);
  const componentOf = new Int32Array(n);
  found.forEach((members, c) => members.forEach((p) => (componentOf[p] = c)));
  const isLoop = found.map(
    (members) => members.length > 1 || successors[members[0]!]!.includes(members[0]!),
  );
  // reaches[c]: the components reachable from c (found is in reverse topological order).
  const reaches: Array<Set<number>> = found.map(() => new Set<number>());
  found.forEach((members, c) => {
    for (const p of members) {
      for (const q of successors[p]!) {
        const d = componentOf[q]!;
        if (d === c || reaches[c]!.has(d)) continue;
        reaches[c]!.add(d);
        automaton.spend(reaches[d]!.size);
        for (const e of reaches[d]!) reaches[c]!.add(e);
      }
    }
  });
  const shared = new Map<number, CharSet>();
  /** The characters positions x and y both read. */
  const both = (x: number, y: number): CharSet => {
    let set = shared.get(x * n + y);
    if (!set) shared.set(x * n + y, (set = intersect(sets[x]!, sets[y]!)));
    return set;
  };
  /** Some text goes p → p, p → q and q → q: three runs reading it together. */
  const takeTurns = (p: number, q: number): boolean => {
    const cp = componentOf[p]!;
    const cq = componentOf[q]!;
    const key = (x: number, y: number, z: number) => (x * n + y) * n + z;
    const seen = new Set<number>([key(p, p, q)]);
    const queue: Array<[number, number, number]> = [[p, p, q]];
    while (queue.length > 0) {
      const [x, y, z] = queue.pop()!;
      for (const x2 of successors[x]!) {
        if (componentOf[x2] !== cp) continue;
        automaton.spend(successors[y]!.length);
        for (const y2 of successors[y]!) {
          const c = componentOf[y2]!;
          if (c !== cq && c !== cp && !(reaches[cp]!.has(c) && reaches[c]!.has(cq))) continue;
          if (!automaton.overlap(x2, y2)) continue;
          const xy = both(x2, y2);
          automaton.spend(successors[z]!.length);
          for (const z2 of successors[z]!) {
            if (componentOf[z2] !== cq || !overlaps(xy, sets[z2]!)) continue;
            if (x2 === p && y2 === q && z2 === q) return true;
            const k = key(x2, y2, z2);
            if (seen.has(k)) continue;
            seen.add(k);
            queue.push([x2, y2, z2]);
          }
        }
      }
    }
    return false;
  };
  const turns = (from: number, to: number): boolean =>
    found[from]!.some((p) => found[to]!.some((q) => (automaton.spend(1), takeTurns(p, q))));
  // Longest chain, visiting components from the first reachable to the last.
  const chain = new Int32Array(found.length);
  let longest = 0;
  for (let c = found.length - 1; c >= 0; c--) {
    automaton.spend(found.length - c);
    for (let d = found.length - 1; d > c; d--) {
      if (!reaches[d]!.has(c)) continue;
      const step = isLoop[c] && isLoop[d] && turns(d, c) ? 1 : 0;
      chain[c] = Math.max(chain[c]!, chain[d]! + step);
    }
    longest = Math.max(longest, chain[c]!);
  }
  return longest;
}

const verdicts = new Map<string, PatternVerdict>();

/** How `pattern` (a JSON Schema `pattern`, run as `new RegExp(pattern, 'u')`) can backtrack. */
export function checkPattern(
  pattern: string,
  budget: PatternBudget = patternBudget(),
): PatternVerdict {
  const known = verdicts.get(pattern);
  if (known) return known;
  const verdict = judge(pattern, budget);
  // A pattern refused for want of budget may pass with a fresh one: not kept.
  if (verdict.safe || verdict.reason !== 'too-complex') {
    if (verdicts.size >= 500) verdicts.clear();
    verdicts.set(pattern, verdict);
  }
  return verdict;
}

function judge(pattern: string, budget: PatternBudget): PatternVerdict {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return { safe: false, reason: 'invalid' };
  }
  if (pattern.length > MAX_PATTERN_LENGTH || budget.steps <= 0) {
    return { safe: false, reason: 'too-complex' };
  }
  const allowance = { steps: Math.min(budget.steps, STEPS_PER_PATTERN) };
  const start = allowance.steps;
  try {
    const root = new Parser(pattern).parse();
    // Unanchored, the pattern is tried from every position: a loop over any text before it.
    const anchored = pattern.startsWith('^') && root.kind !== 'alt';
    const whole: Node = anchored ? root : { kind: 'seq', items: [ANY_TEXT, root] };
    const automaton = new Automaton(allowance);
    automaton.build(whole);
    if (exponential(automaton)) return { safe: false, reason: 'exponential' };
    if (degree(automaton) > MAX_DEGREE) return { safe: false, reason: 'polynomial' };
    return { safe: true };
  } catch (error) {
    if (error instanceof TooComplex) return { safe: false, reason: 'too-complex' };
    throw error;
  } finally {
    budget.steps -= start - allowance.steps;
  }
}
