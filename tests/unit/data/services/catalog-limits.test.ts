import { beforeAll, describe, expect, it } from 'vitest';
import {
  CATALOG_LIMITS,
  catalogSizeProblem,
  formSchemaProblems,
  UnsafeSchemaError,
} from '@src/data/services/catalog-limits';
import type { ServiceForm } from '@src/data/services/catalog-types';
import { formEngine, type FormEngine } from '@src/data/services/form-validator';
import { buildServiceCatalog } from '@src/demo/services/catalog';

const title = { 'zh-CN': '字段', en: 'Field' };

/** A field holding a field holding a field… `depth` times. */
function nestedField(depth: number): Record<string, unknown> {
  let field: Record<string, unknown> = { type: 'string', 'x-title': title };
  for (let i = 0; i < depth; i++) {
    field = { type: 'object', 'x-title': title, properties: { f: field } };
  }
  return field;
}

const form = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties,
      ...extra,
    },
    uiSchema: { order: Object.keys(properties), steps: [] },
  }) as unknown as ServiceForm;

let engine: FormEngine;
beforeAll(async () => {
  engine = await formEngine();
});

describe('the size of a remote catalogue', () => {
  it('lets the demo catalogue through', () => {
    expect(catalogSizeProblem(JSON.parse(JSON.stringify(buildServiceCatalog())))).toBeNull();
  });

  it('names where a catalogue nests deeper than the limit, without overflowing the stack', () => {
    const document = {
      services: [{ form: { schema: { properties: { f: nestedField(2_000) } } } }],
    };

    const problem = catalogSizeProblem(document);

    expect(problem).toMatchObject({ code: 'too-deep', params: { limit: CATALOG_LIMITS.depth } });
    expect(problem?.pointer).toMatch(
      /^\/services\/0\/form\/schema\/properties\/f\/properties\/f\//,
    );
  });

  it('refuses a catalogue of more values than the limit', () => {
    const document = { services: Array.from({ length: CATALOG_LIMITS.values }, (_, i) => i) };

    expect(catalogSizeProblem(document)).toEqual({
      pointer: '',
      code: 'too-many-values',
      params: { limit: CATALOG_LIMITS.values },
    });
  });
});

describe('the patterns of a remote form schema', () => {
  it('finds a catastrophic pattern wherever it hides, a patternProperties key included', () => {
    const schema = form(
      {
        outer: {
          type: 'object',
          'x-title': title,
          properties: { enum: { type: 'string', 'x-title': title, pattern: '^(\\d+)+$' } },
        },
        id: { type: 'string', 'x-title': title, pattern: '^\\d{17}[\\dX]$' },
      },
      { patternProperties: { '^(a|a)*$': { type: 'string' } } },
    ).schema;

    const problems = formSchemaProblems(schema);

    expect(problems).toEqual([
      {
        pointer: '/patternProperties/^(a|a)*$',
        code: 'pattern-unsafe',
        params: { pattern: '^(a|a)*$', reason: 'exponential' },
      },
      {
        pointer: '/properties/outer/properties/enum/pattern',
        code: 'pattern-unsafe',
        params: { pattern: '^(\\d+)+$', reason: 'exponential' },
      },
    ]);
  });

  it('makes the form engine refuse ^(\\d+)+$ in well under 100 ms, so it never runs on a value', () => {
    const unsafe = form({ n: { type: 'string', 'x-title': title, pattern: '^(\\d+)+$' } });

    const start = performance.now();
    let thrown: unknown;
    try {
      // Before: compiled, then this value took seconds (2.8 s with 28 digits).
      engine.validator(unsafe).validate({ n: `${'1'.repeat(26)}x` });
    } catch (error) {
      thrown = error;
    }
    const ms = performance.now() - start;

    expect(thrown).toBeInstanceOf(UnsafeSchemaError);
    // Far below the seconds it took before, far above a loaded CI machine's jitter.
    expect(ms).toBeLessThan(1000);
  });

  it('makes the form engine refuse a schema nested 2,000 deep instead of overflowing', () => {
    const deep = form({ f: nestedField(2_000) });

    let thrown: unknown;
    try {
      engine.validator(deep);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(UnsafeSchemaError);
    expect((thrown as UnsafeSchemaError).problems[0]).toMatchObject({ code: 'too-deep' });
  });

  it('still compiles a form whose patterns are everyday ones', () => {
    const everyday = form({
      id: { type: 'string', 'x-title': title, pattern: '^\\d{17}[\\dX]$' },
      mobile: { type: 'string', 'x-title': title, pattern: '^1[3-9]\\d{9}$' },
    });

    expect(
      engine.validator(everyday).validate({ id: '11010519491231002X', mobile: '13800138000' }),
    ).toEqual([]);
  });
});
