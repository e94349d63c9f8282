import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonSchema, ServiceForm } from '@src/data/services/catalog-types';
import { createFormEngine, type FormEngine } from '@src/data/services/form-validator';
import { loadRegions } from '@src/data/services/formats/regions';

let engine: FormEngine;
beforeAll(async () => {
  engine = createFormEngine(await loadRegions());
});

const problems = (schema: Record<string, unknown>, data: unknown) =>
  engine
    .validator({
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        ...schema,
      } as JsonSchema,
    } satisfies ServiceForm)
    .validate(data);

describe('naming what is wrong with form data', () => {
  it('reads a limit from the schema a $ref leads to', () => {
    const schema = {
      properties: { mobile: { $ref: '#/$defs/mobile' } },
      $defs: { mobile: { type: 'string', maxLength: 11 } },
    };

    expect(problems(schema, { mobile: '138001380001' })).toEqual([
      { pointer: '/mobile', code: 'maxLength', params: { limit: 11 } },
    ]);
  });

  it('names each missing property, and a property the form has no place for', () => {
    const schema = {
      properties: {
        agent: {
          type: 'object',
          allOf: [
            {
              properties: { name: { type: 'string', minLength: 2 } },
              required: ['name', 'phone'],
              additionalProperties: false,
            },
          ],
        },
      },
    };

    expect(problems(schema, { agent: { name: '王', fax: '010' } })).toEqual([
      { pointer: '/agent/phone', code: 'required', params: {} },
      { pointer: '/agent/name', code: 'minLength', params: { limit: 2 } },
      { pointer: '/agent/fax', code: 'additionalProperties', params: {} },
    ]);
  });

  it('reports a property another one depends on as required, next to itself', () => {
    const schema = {
      properties: { bankCard: { type: 'string' }, bankName: { type: 'string' } },
      dependentRequired: { bankCard: ['bankName'] },
    };

    expect(problems(schema, { bankCard: '6222020200112233445' })).toEqual([
      { pointer: '/bankName', code: 'required', params: {} },
    ]);
  });

  it('reports one problem per field: the type before anything else about it', () => {
    const schema = {
      properties: { count: { type: 'integer', minimum: 1, multipleOf: 2 } },
    };

    expect(problems(schema, { count: 'many' })).toEqual([
      { pointer: '/count', code: 'type', params: { type: 'integer' } },
    ]);
    expect(problems(schema, { count: -1 })).toEqual([
      { pointer: '/count', code: 'minimum', params: { comparison: '>=', limit: 1 } },
    ]);
  });

  it('says nothing of a `contains` item that does not match, only of the list', () => {
    const schema = {
      properties: { tags: { type: 'array', contains: { const: 'urgent' }, minContains: 2 } },
    };

    expect(problems(schema, { tags: ['urgent', 'later'] })).toEqual([
      { pointer: '/tags', code: 'contains', params: { minContains: 2 } },
    ]);
  });

  it('ignores formats it does not know, and checks the standard ones as ajv-formats did', () => {
    const schema = {
      properties: {
        code: { type: 'string', format: 'x-operator-code' },
        email: { type: 'string', format: 'email' },
      },
    };

    expect(problems(schema, { code: '?', email: '12345@qq.com' })).toEqual([]);
    expect(problems(schema, { code: '?', email: '12345@qq' })).toEqual([
      { pointer: '/email', code: 'format:email', params: { reason: 'invalid' } },
    ]);
  });
});
