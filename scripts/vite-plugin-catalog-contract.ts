/**
 * Vite plugin serving `virtual:catalog-contract`: the service catalogue's
 * contract (docs/service-catalog.schema.json) compiled at build time with
 * ajv's standalone mode. Checking a catalogue used to compile the contract in
 * the browser on every first visit to 电视办, about 120 ms in Node and several
 * times that on a slow TV, while the household waited for the list.
 *
 * The module exports `validateCatalogContract(data)`: true or false, with
 * ajv's error objects on its `errors` property, exactly like ajv.compile().
 */
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import {
  readSchema,
  stripAnnotations,
  withoutAjvRuntime,
  type JsonObject,
} from './ajv-standalone.js';

export const VIRTUAL_CATALOG_CONTRACT = 'virtual:catalog-contract';
const RESOLVED_ID = '\0' + VIRTUAL_CATALOG_CONTRACT;
const SCHEMA_FILE = 'docs/service-catalog.schema.json';

/** The source of `virtual:catalog-contract` for `schema`: an ES module with no imports. */
export function generateCatalogContractModule(schema: JsonObject): string {
  // strict: true — a typo in the contract fails the build instead of being ignored.
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true } });
  // Regex formats only: ajv inlines them, so the module still imports nothing.
  addFormats(ajv, ['uri-reference']);
  const validate = ajv.compile(stripAnnotations(schema));
  const code = withoutAjvRuntime(standaloneCode(ajv, validate), SCHEMA_FILE);
  return `${code}\nexport const validateCatalogContract = validate;\n`;
}

export function catalogContractPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'hearth-catalog-contract',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_CATALOG_CONTRACT ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const file = resolve(root, SCHEMA_FILE);
      // Editing the contract in dev regenerates the module.
      this.addWatchFile(file);
      return generateCatalogContractModule(readSchema(file));
    },
  };
}
