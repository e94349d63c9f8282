/**
 * Form data as it will be checked and sent: what the household left empty is
 * removed (so an optional field left blank is simply absent, and a required
 * one is reported as "required" rather than "too short"), numbers typed as
 * text become numbers, ID and credit codes are upper-cased (a lower-case x is
 * the same check character), and properties the schema does not know (left
 * over in an old draft) are dropped when the schema forbids extra properties.
 */
import type { JsonSchema } from './catalog-types.js';
import { primaryType } from './form-field.js';

const UPPER_CASE_FORMATS = new Set(['cn-resident-id', 'cn-uscc']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value));

function cleanValue(schema: JsonSchema | undefined, value: unknown, required: boolean): unknown {
  const type = schema ? primaryType(schema) : undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    if ((type === 'integer' || type === 'number') && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
      return Number(value);
    }
    return schema?.format && UPPER_CASE_FORMATS.has(schema.format) ? value.toUpperCase() : value;
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item) => cleanValue(schema?.items, item, false))
      .filter((item) => !isEmpty(item));
    return items.length === 0 && !required ? undefined : items;
  }
  if (isRecord(value)) {
    const cleaned = cleanObject(schema ?? {}, value);
    // An optional section left blank is absent; a required one stays so its
    // inner fields are each reported, next to themselves.
    return Object.keys(cleaned).length === 0 && !required ? undefined : cleaned;
  }
  return isEmpty(value) ? undefined : value;
}

function cleanObject(schema: JsonSchema, data: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const property = properties[name];
    if (!property && schema.additionalProperties === false) continue;
    const cleaned = cleanValue(property, value, required.has(name));
    if (!isEmpty(cleaned)) out[name] = cleaned;
  }
  return out;
}

/** A cleaned copy of `data` for `schema` (an object schema); the input is not changed. */
export function cleanFormData(schema: JsonSchema, data: unknown): Record<string, unknown> {
  return isRecord(data) ? cleanObject(schema, data) : {};
}
