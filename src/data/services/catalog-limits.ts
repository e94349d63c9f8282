/**
 * What a remote catalogue may ask of the TV before anything recursive touches
 * it. The contract's validator, ajv's compiler and the form model all walk a
 * catalogue by recursion: a field nested 2,000 deep (140 kB) overflowed the
 * stack outside any `try`. So the document is measured first, by a loop that
 * cannot overflow: its bytes (when fetched), how deep it nests and how many
 * values it holds. Then each form schema's patterns are judged
 * (pattern-safety.ts) before ajv compiles them.
 */
import type { CatalogProblem } from './catalog-contract.js';
import { checkPattern, patternBudget, type PatternBudget } from './pattern-safety.js';

export const CATALOG_LIMITS = {
  /** The catalogue's body, as fetched. The demo catalogue is 32 kB. */
  bytes: 1024 * 1024,
  /** Objects and arrays inside one another; the demo catalogue nests 11 deep. */
  depth: 32,
  /** Values of any kind (objects, arrays, strings, numbers…) in the document. */
  values: 50_000,
} as const;

/** A form schema's patterns or nesting would put the TV at risk; nothing was compiled. */
export class UnsafeSchemaError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(`form schema refused: ${problems.map((p) => `${p.pointer} ${p.code}`).join(', ')}`);
    this.name = 'UnsafeSchemaError';
  }
}

interface Frame {
  value: unknown;
  depth: number;
  key: string;
  parent: Frame | null;
}

const escapeToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function pointerOf(frame: Frame): string {
  const keys: string[] = [];
  for (let at: Frame | null = frame; at?.parent; at = at.parent) keys.push(escapeToken(at.key));
  return keys
    .reverse()
    .map((key) => `/${key}`)
    .join('');
}

/**
 * Visits every value of `document`, depth first, without recursion. `visit` may
 * return a problem, which ends the walk; so does a container nested deeper than
 * `maxDepth` or a count of values over `maxValues`.
 */
function walk(
  document: unknown,
  limits: { maxDepth: number; maxValues: number },
  visit: (value: object, pointer: () => string) => CatalogProblem | null = () => null,
): CatalogProblem | null {
  const stack: Frame[] = [{ value: document, depth: 0, key: '', parent: null }];
  let values = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (++values > limits.maxValues) {
      return { pointer: '', code: 'too-many-values', params: { limit: limits.maxValues } };
    }
    const { value } = frame;
    if (value === null || typeof value !== 'object') continue;
    if (frame.depth >= limits.maxDepth) {
      return { pointer: pointerOf(frame), code: 'too-deep', params: { limit: limits.maxDepth } };
    }
    const problem = visit(value, () => pointerOf(frame));
    if (problem) return problem;
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return null;
}

/** Whether the parsed catalogue nests too deep or holds too many values. */
export function catalogSizeProblem(document: unknown): CatalogProblem | null {
  return walk(document, { maxDepth: CATALOG_LIMITS.depth, maxValues: CATALOG_LIMITS.values });
}

/**
 * Why a form schema must not be compiled: a `pattern` (or a `patternProperties`
 * key) that could backtrack for seconds, or nesting past CATALOG_LIMITS.depth.
 * Every string `pattern` is judged wherever it appears, data keywords included,
 * so that no property name can hide one. A pattern that does not compile is
 * left to ajv, which reports it. Pointers are relative to the schema.
 */
export function formSchemaProblems(
  schema: unknown,
  budget: PatternBudget = patternBudget(),
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const judge = (pattern: string, pointer: string) => {
    const verdict = checkPattern(pattern, budget);
    if (verdict.safe || verdict.reason === 'invalid') return;
    problems.push({ pointer, code: 'pattern-unsafe', params: { pattern, reason: verdict.reason } });
  };
  const structural = walk(
    schema,
    { maxDepth: CATALOG_LIMITS.depth, maxValues: CATALOG_LIMITS.values },
    (value, pointer) => {
      if (Array.isArray(value)) return null;
      const { pattern, patternProperties } = value as Record<string, unknown>;
      if (typeof pattern === 'string') judge(pattern, `${pointer()}/pattern`);
      if (patternProperties && typeof patternProperties === 'object') {
        for (const key of Object.keys(patternProperties)) {
          judge(key, `${pointer()}/patternProperties/${escapeToken(key)}`);
        }
      }
      return null;
    },
  );
  if (structural) problems.unshift(structural);
  return problems;
}
