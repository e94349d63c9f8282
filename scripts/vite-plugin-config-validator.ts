/**
 * Vite plugin serving `virtual:config-validator`: validation code for config.json,
 * generated at build time from config.schema.json with ajv's standalone mode, so
 * the browser gets a few kB of plain functions instead of ajv itself (the initial
 * JS budget is 60 kB gzip and ajv alone is ~35 kB).
 *
 * The module exports:
 *   validateConfig(data)   errors against the schema as written (unknown keys allowed);
 *   findUnknownKeys(data)  unknown keys, from a strict variant of the schema in which
 *                          every object gets `additionalProperties: false`.
 * Compiling a strict variant (instead of walking the schema at runtime) keeps the
 * "what is known" rule in ajv, including nested objects and any future
 * combinators, and costs the browser nothing but a second generated function.
 *
 * In a build it also checks public/config.json against the schema and fails the
 * build on errors, so the demo default can't ship broken.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import {
  isObject,
  readSchema,
  stripAnnotations,
  withoutAjvRuntime,
  type JsonObject,
  type JsonValue,
} from './ajv-standalone.js';

export { readSchema, stripAnnotations, type JsonObject } from './ajv-standalone.js';

export const VIRTUAL_CONFIG_VALIDATOR = 'virtual:config-validator';
const RESOLVED_ID = '\0' + VIRTUAL_CONFIG_VALIDATOR;

export interface ConfigValidatorPluginOptions {
  /** Schema file, relative to Vite's root. Default 'config.schema.json'. */
  schemaPath?: string;
  /** Config checked at build start (relative to root), or false. Default 'public/config.json'. */
  checkConfig?: string | false;
}

/**
 * Keywords kept in the strict variant: just enough to walk the same objects as
 * the real schema. Value checks (pattern, enum, minimum, required…) are left out
 * since findUnknownKeys only reads `additionalProperties` errors; this halves
 * the generated code.
 */
const SHAPE_KEYWORDS = new Set([
  '$id',
  '$schema',
  '$ref',
  'type',
  'properties',
  'patternProperties',
  'additionalProperties',
  'items',
  'additionalItems',
  'definitions',
  '$defs',
  'allOf',
  'anyOf',
  'oneOf',
  'if',
  'then',
  'else',
]);

/**
 * The strict variant of `schema`: its shape only, with `additionalProperties:
 * false` on every object schema that doesn't say otherwise. A deep copy; the
 * input is not modified.
 */
export function makeStrictSchema(schema: JsonObject): JsonObject {
  return tighten(schema);
}

function tighten(node: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (!SHAPE_KEYWORDS.has(keyword)) continue;
    out[keyword] = tightenValue(keyword, value);
  }
  const describesObject = out['type'] === 'object' || isObject(out['properties']);
  if (describesObject && !('additionalProperties' in out)) out['additionalProperties'] = false;
  return out;
}

function tightenValue(keyword: string, value: JsonValue): JsonValue {
  const isSchemaMap = ['properties', 'patternProperties', 'definitions', '$defs'].includes(keyword);
  if (isSchemaMap && isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, sub]) => [key, isObject(sub) ? tighten(sub) : sub]),
    );
  }
  if (Array.isArray(value)) return value.map((item) => (isObject(item) ? tighten(item) : item));
  if (isObject(value)) return tighten(value);
  return structuredClone(value);
}

/**
 * Plain JS appended to ajv's output: turns ajv errors into ConfigIssue objects
 * whose `path` points at the field itself (for `required`, the missing field;
 * for unknown keys, the key; for duplicates, the later copy). Written for old
 * TV engines (Chromium 56): no object spread, no optional chaining.
 */
const ISSUE_WRAPPER = `
function escapePointer(key) {
  return String(key).replace(/~/g, '~0').replace(/\\//g, '~1');
}
function toIssue(error) {
  var params = error.params ? JSON.parse(JSON.stringify(error.params)) : {};
  var path = error.instancePath;
  var message = error.message || error.keyword;
  if (error.keyword === 'required' || error.keyword === 'dependencies') {
    path += '/' + escapePointer(params.missingProperty);
    message = error.keyword === 'required'
      ? 'is required'
      : 'is required when ' + params.property + ' is given';
  } else if (error.keyword === 'additionalProperties') {
    path += '/' + escapePointer(params.additionalProperty);
    message = 'is not a known field and is ignored';
  } else if (error.keyword === 'uniqueItems') {
    path += '/' + Math.max(params.i, params.j);
    message = 'duplicates item ' + Math.min(params.i, params.j);
  }
  return { path: path, message: message, keyword: error.keyword, params: params };
}
export function validateConfig(data) {
  return validateSchema(data) ? [] : (validateSchema.errors || []).map(toIssue);
}
export function findUnknownKeys(data) {
  validateStrictSchema(data);
  return (validateStrictSchema.errors || [])
    .filter(function (error) { return error.keyword === 'additionalProperties'; })
    .map(toIssue);
}
`;

/**
 * The source of `virtual:config-validator` for `schema`: an ES module with no
 * imports. Throws if ajv's output needs one of its runtime helpers (it would
 * drag ajv into the bundle as `require(...)`), so a schema change that needs
 * one fails the build loudly instead of breaking in the browser.
 */
export function generateValidatorModule(schema: JsonObject): string {
  const id = typeof schema['$id'] === 'string' ? schema['$id'] : 'hearth-config';
  const strictId = `${id.replace(/\.schema\.json$/, '')}.strict.schema.json`;
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true } });
  // ajv embeds the schema in its output; descriptions are for people, not the TV.
  const lean = stripAnnotations(schema);
  ajv.addSchema(lean, id);
  ajv.addSchema({ ...makeStrictSchema(lean), $id: strictId }, strictId);
  const code = withoutAjvRuntime(
    standaloneCode(ajv, { validateSchema: id, validateStrictSchema: strictId }),
    'config.schema.json',
  );
  return `${code}\n${ISSUE_WRAPPER}`;
}

export interface ValidatorModule {
  validateConfig(data: unknown): { path: string; message: string }[];
  findUnknownKeys(data: unknown): { path: string; message: string }[];
}

/** Runs generated code in Node (used for the build-time check of public/config.json). */
export async function importValidatorModule(code: string): Promise<ValidatorModule> {
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)) as ValidatorModule;
}

export function configValidatorPlugin(options: ConfigValidatorPluginOptions = {}): Plugin {
  const schemaPath = options.schemaPath ?? 'config.schema.json';
  const checkConfig = options.checkConfig ?? 'public/config.json';
  let root = process.cwd();
  let isBuild = false;

  return {
    name: 'hearth-config-validator',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_CONFIG_VALIDATOR ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const file = resolve(root, schemaPath);
      // Editing the schema in dev regenerates the module.
      this.addWatchFile(file);
      return generateValidatorModule(readSchema(file));
    },
    async buildStart() {
      if (!isBuild || checkConfig === false) return;
      const configFile = resolve(root, checkConfig);
      if (!existsSync(configFile)) return;
      const validator = await importValidatorModule(
        generateValidatorModule(readSchema(resolve(root, schemaPath))),
      );
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(configFile, 'utf8'));
      } catch (error) {
        this.error(`${checkConfig} is not valid JSON: ${(error as Error).message}`);
      }
      for (const issue of validator.findUnknownKeys(data)) {
        this.warn(`${checkConfig} ${issue.path}: ${issue.message}`);
      }
      const errors = validator.validateConfig(data);
      if (errors.length > 0) {
        this.error(
          `${checkConfig} does not match ${schemaPath}:\n` +
            errors.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n'),
        );
      }
    },
  };
}
