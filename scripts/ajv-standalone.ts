/**
 * What both build-time validators share: reading a JSON Schema file, leaving
 * out the words meant for people, and checking that ajv's standalone code
 * needs nothing from ajv at runtime. Compiling at build time spares the TV
 * the compile itself (the service catalogue's contract took ~120 ms in Node
 * and several times that on a slow TV) and keeps ajv out of the start bundle.
 */
import { readFileSync } from 'node:fs';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readSchema(file: string): JsonObject {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonValue;
  if (!isObject(schema)) throw new Error(`${file} must hold a JSON object`);
  return schema;
}

const ANNOTATION_KEYWORDS = new Set(['title', 'description', '$comment', 'examples']);

/**
 * A deep copy of `schema` without annotation keywords (ajv embeds the schema
 * in its output; descriptions are for people, not the TV). Keys inside
 * `properties` (field names, which may be called "title") are kept.
 */
export function stripAnnotations(schema: JsonObject): JsonObject {
  return strip(schema, false) as JsonObject;
}

function strip(value: JsonValue, isPropertyMap: boolean): JsonValue {
  if (Array.isArray(value)) return value.map((item) => strip(item, false));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (!isPropertyMap && ANNOTATION_KEYWORDS.has(key)) continue;
    out[key] = strip(
      child,
      !isPropertyMap && (key === 'properties' || key === 'patternProperties'),
    );
  }
  return out;
}

/** ajv's helper for minLength/maxLength, which counts code points, not UTF-16 units. */
const UCS2LENGTH_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';
const UCS2LENGTH_INLINE = 'function (s) { return Array.from(s).length; }';

/**
 * ajv's standalone `code` with its one runtime helper we know inlined. Throws
 * if anything else is still required (it would drag ajv into the bundle as
 * `require(...)` and break in the browser), so a schema change that needs one
 * fails the build loudly; the message names `schemaName`.
 */
export function withoutAjvRuntime(code: string, schemaName: string): string {
  const inlined = code.replace(UCS2LENGTH_REQUIRE, UCS2LENGTH_INLINE);
  if (/\brequire\(|from\s*["']ajv/.test(inlined)) {
    throw new Error(
      `${schemaName} needs an ajv runtime helper; the standalone validator would import ajv. ` +
        'Avoid that keyword or inline the helper in scripts/ajv-standalone.ts.',
    );
  }
  return inlined;
}
