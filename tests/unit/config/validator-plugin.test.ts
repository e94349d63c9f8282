import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configValidatorPlugin,
  generateValidatorModule,
  makeStrictSchema,
  readSchema,
  stripAnnotations,
  type JsonObject,
} from '../../../scripts/vite-plugin-config-validator';

const schema = readSchema('config.schema.json');

describe('vite-plugin-config-validator', () => {
  it('generates an ES module that imports nothing (no ajv in the browser bundle)', () => {
    const code = generateValidatorModule(schema);
    expect(code).toMatch(/export function validateConfig/);
    expect(code).toMatch(/export function findUnknownKeys/);
    expect(code).not.toMatch(/\brequire\(|\bimport\s|from\s*["']/);
  });

  it('leaves descriptions out of the generated code', () => {
    expect(generateValidatorModule(schema)).not.toContain('set-top box operator');
  });

  it('fails loudly when a schema keyword needs an ajv runtime helper', () => {
    const needsHelper: JsonObject = {
      type: 'array',
      uniqueItems: true,
      items: { type: 'object' },
    };
    expect(() => generateValidatorModule(needsHelper)).toThrow(/ajv runtime helper/);
  });

  it('builds the strict variant without touching the schema', () => {
    const before = JSON.stringify(schema);
    const strict = makeStrictSchema(schema);
    expect(JSON.stringify(schema)).toBe(before);
    expect(strict['additionalProperties']).toBe(false);
    const operator = (strict['properties'] as JsonObject)['operator'] as JsonObject;
    expect(operator['additionalProperties']).toBe(false);
    expect(
      ((operator['properties'] as JsonObject)['theme'] as JsonObject)['additionalProperties'],
    ).toBe(false);
  });

  it('documents every property in the schema with a description', () => {
    const undocumented: string[] = [];
    const walk = (node: JsonObject, path: string): void => {
      const properties = node['properties'];
      if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
        return;
      for (const [key, child] of Object.entries(properties)) {
        const sub = child as JsonObject;
        if (typeof sub['description'] !== 'string') undocumented.push(`${path}/${key}`);
        walk(sub, `${path}/${key}`);
        if (typeof sub['items'] === 'object') walk(sub['items'] as JsonObject, `${path}/${key}/*`);
      }
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
  });

  it('keeps a property literally named "description" when stripping annotations', () => {
    const stripped = stripAnnotations({
      description: 'x',
      properties: { description: { type: 'string', description: 'y' } },
    });
    expect(stripped).toEqual({ properties: { description: { type: 'string' } } });
  });

  it('fails a build whose public/config.json breaks the schema, and warns on unknown keys', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hearth-config-'));
    mkdirSync(join(root, 'public'));
    copyFileSync('config.schema.json', join(root, 'config.schema.json'));
    writeFileSync(join(root, 'public/config.json'), JSON.stringify({ locale: 'fr', extra: 1 }));
    const plugin = configValidatorPlugin();
    const errors: string[] = [];
    const warnings: string[] = [];
    const context = {
      error(message: string): never {
        errors.push(message);
        throw new Error(message);
      },
      warn(message: string) {
        warnings.push(message);
      },
    };
    (plugin.configResolved as (config: object) => void)({ root, command: 'build' });
    const buildStart = plugin.buildStart as (this: typeof context) => Promise<void>;

    await expect(buildStart.call(context)).rejects.toThrow(/does not match/);
    expect(errors[0]).toContain('/locale');
    expect(warnings).toEqual(['public/config.json /extra: is not a known field and is ignored']);
  });
});
