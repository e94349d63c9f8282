/**
 * A form schema made ready for @cfworker/json-schema, refused (thrown) where
 * ajv's compile refused it. The library interprets a schema as it stands and
 * checks nothing in advance, so a keyword with a value of the wrong kind (a
 * `minLength` of "2", an `enum` that is not a list), a `pattern` that is not a
 * regular expression or a `$ref` that leads nowhere would fail only once the
 * household checks the form, instead of leaving the service out of the
 * catalogue. The kinds are those of the JSON Schema 2020-12 meta-schemas;
 * keywords they do not define are not looked at (ajv ran with strict: false).
 */
import { dereference, type Schema } from '@cfworker/json-schema';
import type { JsonSchema } from './catalog-types.js';
import { childPointer } from './json-pointer.js';

/** Every schema in a form by its absolute URI, as the library resolves `$ref`. */
export type SchemaLookup = Record<string, Schema | boolean>;

export interface PreparedSchema {
  /** A copy of the form's schema, for the library marks the objects it resolves. */
  schema: Schema;
  lookup: SchemaLookup;
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

type Kind =
  | 'schema'
  | 'schemas'
  | 'schemaMap'
  | 'patternMap'
  | 'count'
  | 'number'
  | 'positive'
  | 'string'
  | 'boolean'
  | 'list'
  | 'names'
  | 'namesMap'
  | 'booleanMap'
  | 'type'
  | 'regex'
  | 'dependencies'
  | 'unsupported';

const KINDS: Readonly<Record<string, Kind>> = {
  $id: 'string',
  $schema: 'string',
  $ref: 'string',
  $anchor: 'string',
  $recursiveRef: 'string',
  $recursiveAnchor: 'boolean',
  // The library does not follow dynamic references; a form relying on them is refused.
  $dynamicRef: 'unsupported',
  $dynamicAnchor: 'unsupported',
  $vocabulary: 'booleanMap',
  $comment: 'string',
  $defs: 'schemaMap',
  definitions: 'schemaMap',
  prefixItems: 'schemas',
  items: 'schema',
  contains: 'schema',
  additionalProperties: 'schema',
  properties: 'schemaMap',
  patternProperties: 'patternMap',
  dependentSchemas: 'schemaMap',
  dependencies: 'dependencies',
  propertyNames: 'schema',
  if: 'schema',
  then: 'schema',
  else: 'schema',
  allOf: 'schemas',
  anyOf: 'schemas',
  oneOf: 'schemas',
  not: 'schema',
  unevaluatedItems: 'schema',
  unevaluatedProperties: 'schema',
  contentSchema: 'schema',
  type: 'type',
  enum: 'list',
  multipleOf: 'positive',
  maximum: 'number',
  exclusiveMaximum: 'number',
  minimum: 'number',
  exclusiveMinimum: 'number',
  maxLength: 'count',
  minLength: 'count',
  pattern: 'regex',
  maxItems: 'count',
  minItems: 'count',
  uniqueItems: 'boolean',
  maxContains: 'count',
  minContains: 'count',
  maxProperties: 'count',
  minProperties: 'count',
  required: 'names',
  dependentRequired: 'namesMap',
  format: 'string',
  contentEncoding: 'string',
  contentMediaType: 'string',
  title: 'string',
  description: 'string',
  deprecated: 'boolean',
  readOnly: 'boolean',
  writeOnly: 'boolean',
};

const TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);

class SchemaFault extends Error {
  constructor(pointer: string, what: string) {
    super(
      `the form schema is not JSON Schema 2020-12 the portal can check: ${pointer || '/'} ${what}`,
    );
    this.name = 'SchemaFault';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;

const isNames = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every((name) => typeof name === 'string') &&
  new Set(value).size === value.length;

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function isType(value: unknown): boolean {
  if (typeof value === 'string') return TYPES.has(value);
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((type) => typeof type === 'string' && TYPES.has(type)) &&
    new Set(value).size === value.length
  );
}

interface Reference {
  node: Schema;
  pointer: string;
}

/** Walks the schemas inside `node`, checking each keyword it knows; collects those with a reference. */
function checkSchema(node: unknown, pointer: string, references: Reference[]): void {
  if (typeof node === 'boolean') return;
  if (!isRecord(node)) throw new SchemaFault(pointer, 'is neither a schema object nor a boolean');
  if (typeof node.$ref === 'string' || node.$recursiveRef === '#') {
    references.push({ node: node as Schema, pointer });
  }
  for (const [keyword, value] of Object.entries(node)) {
    const kind = KINDS[keyword];
    if (kind) checkKeyword(kind, value, childPointer(pointer, keyword), references);
  }
  // minContains is 1 when absent; version 4.1.1 forgets that when maxContains is given.
  if (node.contains !== undefined && node.maxContains !== undefined) node.minContains ??= 1;
}

function checkKeyword(kind: Kind, value: unknown, pointer: string, references: Reference[]): void {
  const fault = (what: string) => new SchemaFault(pointer, what);
  switch (kind) {
    case 'schema':
      return checkSchema(value, pointer, references);
    case 'schemas':
      if (!Array.isArray(value) || value.length === 0) throw fault('must be a non-empty list');
      return value.forEach((item, index) =>
        checkSchema(item, childPointer(pointer, index), references),
      );
    case 'schemaMap':
    case 'patternMap':
    case 'dependencies':
      if (!isRecord(value)) throw fault('must be an object');
      for (const [name, item] of Object.entries(value)) {
        if (kind === 'patternMap' && !isRegex(name)) throw fault(`has an invalid pattern ${name}`);
        if (kind === 'dependencies' && Array.isArray(item)) {
          if (!isNames(item)) throw fault('must list distinct property names');
        } else checkSchema(item, childPointer(pointer, name), references);
      }
      return;
    case 'count':
      if (!isCount(value)) throw fault('must be a whole number, 0 or more');
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fault('must be a number');
      return;
    case 'positive':
      if (typeof value !== 'number' || !(value > 0)) throw fault('must be a number above 0');
      return;
    case 'string':
      if (typeof value !== 'string') throw fault('must be a string');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw fault('must be true or false');
      return;
    case 'list':
      // ajv refused an empty enum too (nothing could ever match it).
      if (!Array.isArray(value) || value.length === 0) throw fault('must be a non-empty list');
      return;
    case 'names':
      if (!isNames(value)) throw fault('must list distinct property names');
      return;
    case 'namesMap':
      if (!isRecord(value) || !Object.values(value).every(isNames)) {
        throw fault('must map property names to lists of property names');
      }
      return;
    case 'booleanMap':
      if (!isRecord(value) || !Object.values(value).every((item) => typeof item === 'boolean')) {
        throw fault('must map URIs to true or false');
      }
      return;
    case 'type':
      if (!isType(value)) throw fault('must name JSON types, each once');
      return;
    case 'regex':
      if (typeof value !== 'string' || !isRegex(value)) throw fault('is not a regular expression');
      return;
    case 'unsupported':
      throw fault('is not supported');
  }
}

/**
 * A copy of `schema` with the URIs its `$ref`s lead to. Throws when the schema
 * declares another draft, breaks a 2020-12 keyword's rules, or refers to a
 * schema it does not contain (nothing is fetched).
 */
export function prepareFormSchema(schema: JsonSchema): PreparedSchema {
  const copy = JSON.parse(JSON.stringify(schema)) as Schema;
  const draft = copy.$schema?.replace(/#$/, '');
  if (draft !== undefined && draft !== DRAFT_2020_12) {
    throw new SchemaFault('/$schema', `names another draft (${String(copy.$schema)})`);
  }
  const references: Reference[] = [];
  checkSchema(copy, '', references);
  // Throws on an $id that is no URI, or two schemas with the same one.
  const lookup: SchemaLookup = dereference(copy);
  for (const { node, pointer } of references) {
    const target =
      node.$ref !== undefined ? node.__absolute_ref__ : node.__absolute_recursive_ref__;
    if (target === undefined || lookup[target] === undefined) {
      const reference = String(node.$ref ?? node.$recursiveRef);
      throw new SchemaFault(pointer, `refers to ${reference}, which the form does not contain`);
    }
  }
  return { schema: copy, lookup };
}
