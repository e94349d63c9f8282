/**
 * The position automaton (Glushkov) of a parsed pattern, keeping how many ways
 * each step can be taken: the object the ambiguity checks (pattern-ambiguity.ts)
 * walk. Its own file: building it is separate from judging it, and it also
 * holds the step budget both spend.
 */
import { overlaps, type CharSet } from './pattern-charsets.js';
import { EXACT_REPEAT, MAX_POSITIONS, TooComplex } from './pattern-limits.js';
import type { PatternNode } from './pattern-parser.js';

interface Fragment {
  nullable: boolean;
  first: readonly number[];
  last: readonly number[];
}

const NOTHING: Fragment = { nullable: true, first: [], last: [] };

export class Automaton {
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

  build(node: PatternNode): Fragment {
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

  private _repeat(body: PatternNode, min: number, max: number): Fragment {
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
