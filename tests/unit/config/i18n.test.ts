import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configTemplates } from '@src/i18n/en/config';

const sources = readdirSync('src/config')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(`src/config/${file}`, 'utf8'))
  .join('\n');

/** Every msg() id in src/config with the number of ${…} placeholders in its source text. */
function sourceMessages(): Map<string, number> {
  const found = new Map<string, number>();
  const call = /msg\(\s*(str`([^`]*)`|'[^']*')\s*,\s*\{\s*id:\s*'([^']+)'/g;
  for (let match = call.exec(sources); match; match = call.exec(sources)) {
    found.set(match[3] ?? '', (match[2] ?? '').split('${').length - 1);
  }
  return found;
}

describe('English templates for src/config', () => {
  it('translate exactly the ids used in the code', () => {
    expect(Object.keys(configTemplates).sort()).toEqual([...sourceMessages().keys()].sort());
  });

  it('use as many placeholders as the source strings', () => {
    for (const [id, count] of sourceMessages()) {
      const template: unknown = configTemplates[id as keyof typeof configTemplates];
      const values =
        typeof template === 'object' && template !== null && 'values' in template
          ? (template.values as unknown[]).length
          : 0;
      expect({ id, values }).toEqual({ id, values: count });
    }
  });

  it('all live under the config. prefix', () => {
    expect(Object.keys(configTemplates).every((id) => id.startsWith('config.'))).toBe(true);
  });
});
