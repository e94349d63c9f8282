/**
 * @cfworker/json-schema's errors as the form's problems, with the codes and
 * params ajv's errors used to give: one problem per field, named by JSON
 * Pointer, the first reported (type, then length, pattern and format). The
 * library says where in the schema each error arose (keywordLocation) but
 * neither the keyword's value nor which required property is missing, so both
 * are read from the schema and the data there. An error that only says a
 * subschema failed (properties, items, allOf, $ref, if…) is not a problem of
 * its own: the subschema's errors follow it.
 */
import { deepCompareStrict, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { formatFailure, type FormatChecker } from './formats/form-formats.js';
import type { SchemaLookup } from './form-schema-check.js';
import type { FieldProblem } from './form-validator.js';
import { childPointer, getValue, pointerTokens } from './json-pointer.js';

export interface ProblemContext {
  /** The data as validated (cleaned). */
  data: unknown;
  schema: Schema;
  lookup: SchemaLookup;
  /** Our own formats, asked again for the reason a value failed. */
  checkers: Readonly<Record<string, FormatChecker>>;
}

/** Keywords whose subschema is the next step of a keywordLocation. */
const ONE_SUBSCHEMA = new Set([
  'items',
  'contains',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);
/** Keywords followed in a keywordLocation by an index or a name, then the subschema. */
const SUBSCHEMA_IN = new Set([
  'allOf',
  'anyOf',
  'oneOf',
  'prefixItems',
  'properties',
  'patternProperties',
  'dependentSchemas',
  'dependencies',
  '$defs',
  'definitions',
]);

/** Keywords that only say a subschema failed, or whose failure repeats a more precise one. */
const NOISE = new Set([...ONE_SUBSCHEMA, ...SUBSCHEMA_IN, '$ref', '$recursiveRef']);
NOISE.delete('dependencies');

/** A boolean `false` schema under these stands for a property or an item that may not be there. */
const NOT_ALLOWED = new Set([
  'additionalProperties',
  'unevaluatedProperties',
  'items',
  'additionalItems',
  'unevaluatedItems',
]);

const COMPARISON: Readonly<Record<string, string>> = {
  minimum: '>=',
  maximum: '<=',
  exclusiveMinimum: '>',
  exclusiveMaximum: '<',
};
const LIMITS = new Set([
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  ...Object.keys(COMPARISON),
]);

interface Located {
  /** The schema object holding the keyword. */
  node: Schema;
  keyword: string;
  /** Inside `contains` (an item that does not match is no problem) or `propertyNames` (the name is). */
  inside: 'contains' | 'propertyNames' | null;
}

function isSchemaObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = (value: unknown, key: string): boolean =>
  isSchemaObject(value) && Object.prototype.hasOwnProperty.call(value, key);

/** The library's locations are '#' and a JSON Pointer whose tokens went through encodeURI. */
function locationPointer(location: string): string {
  return decodeURIComponent(location.slice(1));
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function lastToken(pointer: string): string {
  return pointerTokens(pointer).pop() ?? '';
}

/** Follows a keywordLocation through the schema ($ref included) to the keyword it ends with. */
function locate(location: string, context: ProblemContext): Located | null {
  const tokens = pointerTokens(locationPointer(location));
  let node: unknown = context.schema;
  let inside: Located['inside'] = null;
  for (let index = 0; index < tokens.length; index++) {
    if (!isSchemaObject(node)) return null;
    const keyword = tokens[index] ?? '';
    if (index === tokens.length - 1) return { node, keyword, inside };
    if (keyword === 'contains' || keyword === 'propertyNames') inside ??= keyword;
    if (keyword === '$ref') node = context.lookup[node.__absolute_ref__ ?? ''];
    else if (keyword === '$recursiveRef')
      node = context.lookup[node.__absolute_recursive_ref__ ?? ''];
    else if (ONE_SUBSCHEMA.has(keyword)) node = node[keyword];
    else if (SUBSCHEMA_IN.has(keyword)) {
      index++;
      node = (node[keyword] as Record<string, unknown> | undefined)?.[tokens[index] ?? ''];
    } else return null;
  }
  return null;
}

/** Is `name` one of the object's own properties (by name or pattern)? Then it is not an extra one. */
function declared(node: Schema, name: string): boolean {
  if (hasOwn(node.properties, name)) return true;
  return Object.keys(node.patternProperties ?? {}).some((pattern) =>
    new RegExp(pattern, 'u').test(name),
  );
}

/** The problem a `false` schema under `found` stands for (`unit` is its error), if any. */
function notAllowed(found: Located, at: string, unit: OutputUnit): FieldProblem | null {
  const extra = locationPointer(unit.instanceLocation);
  const name = lastToken(extra);
  switch (found.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      // This version of the library also calls a declared property that failed its own
      // schema "additional"; its own error is already reported.
      if (declared(found.node, name)) return null;
      return found.keyword === 'additionalProperties'
        ? { pointer: extra, code: 'additionalProperties', params: {} }
        : { pointer: at, code: 'unevaluatedProperties', params: { unevaluatedProperty: name } };
    default:
      return { pointer: at, code: found.keyword, params: { limit: Number(name) } };
  }
}

/** The properties `names` that `value` (an object) lacks, as 'required' problems. */
function missing(at: string, value: unknown, names: readonly string[]): FieldProblem[] {
  return names
    .filter((name) => !hasOwn(value, name))
    .map((name) => ({ pointer: childPointer(at, name), code: 'required', params: {} }));
}

function dependentMissing(at: string, value: unknown, dependencies: unknown): FieldProblem[] {
  if (!isSchemaObject(dependencies)) return [];
  return Object.entries(dependencies).flatMap(([name, needs]) =>
    hasOwn(value, name) && Array.isArray(needs) ? missing(at, value, needs as string[]) : [],
  );
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/**
 * Which two items are the same, as ajv said it (nothing shows these): items of
 * a known scalar type are scanned from the end for one seen before (i < j),
 * others compared pairwise from the end (i > j).
 */
function duplicate(items: unknown, node: Schema): Record<string, number> {
  if (!Array.isArray(items)) return {};
  const itemType: unknown = isSchemaObject(node.items) ? node.items.type : undefined;
  const types: unknown[] = Array.isArray(itemType) ? itemType : itemType ? [itemType] : [];
  if (types.length > 0 && types.every((type) => SCALAR_TYPES.has(String(type)))) {
    const later = new Map<string, number>();
    for (let i = items.length - 1; i >= 0; i--) {
      const key = JSON.stringify(items[i]);
      const j = later.get(key);
      if (j !== undefined) return { i, j };
      later.set(key, i);
    }
    return {};
  }
  for (let i = items.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) if (deepCompareStrict(items[i], items[j])) return { i, j };
  }
  return {};
}

function problemsAt(found: Located, at: string, context: ProblemContext): FieldProblem[] {
  const { node, keyword } = found;
  const value = getValue(context.data, at);
  // A property name that fails `propertyNames` is a problem of the object holding it.
  const pointer = found.inside === 'propertyNames' ? parentOf(at) : at;
  const one = (code: string, params: Record<string, unknown> = {}) => [{ pointer, code, params }];
  const limit: unknown = node[keyword];
  switch (keyword) {
    case 'required':
      return missing(at, value, node.required ?? []);
    case 'dependentRequired':
    case 'dependantRequired': // sic: the library's keywordLocation
      return dependentMissing(at, value, node.dependentRequired);
    case 'dependencies':
      return dependentMissing(at, value, node.dependencies);
    case 'format': {
      const format = String(node.format);
      const checked = found.inside === 'propertyNames' ? lastToken(at) : value;
      const check = formatFailure(context.checkers, format, checked);
      return one(`format:${format}`, { reason: check.ok ? 'invalid' : check.reason });
    }
    case 'enum':
      return one('enum', { allowed: node.enum });
    case 'const':
      return one('const', { allowed: [node.const] });
    case 'type':
      return one('type', { type: node.type });
    case 'pattern':
      return one('pattern', { pattern: node.pattern });
    case 'multipleOf':
      return one('multipleOf', { multipleOf: node.multipleOf });
    case 'uniqueItems':
      return one('uniqueItems', duplicate(value, node));
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return one('contains', {
        minContains: node.minContains ?? 1,
        ...(node.maxContains === undefined ? {} : { maxContains: node.maxContains }),
      });
    default:
      if (NOISE.has(keyword)) return [];
      if (LIMITS.has(keyword)) {
        const comparison = COMPARISON[keyword];
        return one(keyword, comparison ? { comparison, limit } : { limit });
      }
      return one(keyword);
  }
}

/** One problem per field: the first the library reports for it. */
export function toProblems(errors: readonly OutputUnit[], context: ProblemContext): FieldProblem[] {
  const byPointer = new Map<string, FieldProblem>();
  const add = (problem: FieldProblem | null) => {
    if (problem && !byPointer.has(problem.pointer)) byPointer.set(problem.pointer, problem);
  };
  for (let index = 0; index < errors.length; index++) {
    const error = errors[index];
    if (!error) continue;
    const at = locationPointer(error.instanceLocation);
    if (error.keyword === 'false') {
      // A `false` schema anywhere else: nothing may be there (ajv's 'false schema').
      add({ pointer: at, code: 'false schema', params: {} });
      continue;
    }
    const found = locate(error.keywordLocation, context);
    if (!found || found.inside === 'contains') continue;
    const next = errors[index + 1];
    if (NOT_ALLOWED.has(found.keyword) && found.node[found.keyword] === false) {
      // The library reports the keyword at the parent, then the `false` at the extra member.
      if (next?.keyword === 'false') {
        add(notAllowed(found, at, next));
        index++;
      }
      continue;
    }
    problemsAt(found, at, context).forEach(add);
  }
  return [...byPointer.values()];
}
