/**
 * Judging a pattern's automaton: whether some text can go round one loop in
 * two ways (exponential backtracking), and how many loops can take turns at
 * the same text (the degree of polynomial backtracking). The graph work of
 * pattern-safety.ts's method, in its own file because it is the subtle part
 * and is read on its own.
 */
import type { Automaton } from './pattern-automaton.js';
import { intersect, overlaps, type CharSet } from './pattern-charsets.js';

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
export function exponential(automaton: Automaton): boolean {
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
export function degree(automaton: Automaton): number {
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
