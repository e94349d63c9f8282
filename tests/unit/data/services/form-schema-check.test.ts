import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@src/data/services/catalog-types';
import { prepareFormSchema } from '@src/data/services/form-schema-check';

const form = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties,
    ...extra,
  }) as JsonSchema;

describe('preparing a form schema for the validator', () => {
  it.each([
    ['a minLength that is text', form({ a: { type: 'string', minLength: '2' } })],
    ['a negative maxItems', form({ a: { type: 'array', maxItems: -1 } })],
    ['an enum that is not a list', form({ a: { enum: 'a' } })],
    ['an empty enum', form({ a: { enum: [] } })],
    ['required as one name', form({}, { required: 'a' })],
    ['an unknown type', form({ a: { type: 'strin' } })],
    ['a pattern that is no regular expression', form({ a: { type: 'string', pattern: '([' } })],
    ['items as a list (draft 7)', form({ a: { type: 'array', items: [{ type: 'string' }] } })],
    ['a property that is not a schema', form({ a: null })],
    ['a $ref to a schema it does not contain', form({ a: { $ref: '#/$defs/missing' } })],
    ['a $ref to another document', form({ a: { $ref: 'https://example.org/person.json' } })],
    ['another draft', { ...form({}), $schema: 'http://json-schema.org/draft-07/schema#' }],
    ['a $dynamicRef (not followed)', form({ a: { $dynamicRef: '#node' } })],
  ])('refuses %s, as compiling with ajv did', (_, schema) => {
    expect(() => prepareFormSchema(schema)).toThrow(/not JSON Schema 2020-12/);
  });

  it('leaves keywords it does not know alone, whatever they hold', () => {
    const schema = form({ a: { type: 'string', 'x-widget': { pattern: '([', type: 'strin' } } });

    expect(() => prepareFormSchema(schema)).not.toThrow();
  });

  it('resolves references within the form, by pointer, anchor or its own $id', () => {
    const schema = form(
      {
        a: { $ref: '#/$defs/mobile' },
        b: { $ref: '#name' },
        c: { $ref: 'https://forms.example.org/pension#/$defs/mobile' },
      },
      {
        $id: 'https://forms.example.org/pension',
        $defs: { mobile: { type: 'string' }, name: { $anchor: 'name', type: 'string' } },
      },
    );

    expect(() => prepareFormSchema(schema)).not.toThrow();
  });

  it('works on a copy, leaving the catalogue’s schema as it was', () => {
    const schema = form({ a: { $ref: '#/$defs/s' } }, { $defs: { s: { type: 'string' } } });
    const before = JSON.stringify(schema);

    const prepared = prepareFormSchema(schema);

    expect(prepared.schema).not.toBe(schema);
    expect(JSON.stringify(schema)).toBe(before);
    expect(Object.getOwnPropertyNames(schema)).not.toContain('__absolute_uri__');
  });
});
