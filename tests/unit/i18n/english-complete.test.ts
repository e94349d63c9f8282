import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates } from '@src/i18n/locales/en.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.includes('i18n') ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const used = new Map<string, string>();
for (const file of sources('src')) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/msg\(\s*(?:str)?[`'"][\s\S]*?\{\s*id:\s*'([^']+)'/g)) {
    if (m[1]) used.set(m[1], file);
  }
}

describe('English translation', () => {
  it('finds the localised strings in the source', () => {
    expect(used.size).toBeGreaterThan(30);
  });

  it('has every string the source shows', () => {
    const missing = [...used.keys()].filter((id) => !(id in templates));
    expect(missing).toEqual([]);
  });

  it('has nothing the source no longer shows', () => {
    const unused = Object.keys(templates).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('every msg() call carries an explicit id', () => {
    const bare: string[] = [];
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      const calls = [...text.matchAll(/\bmsg\(/g)].length;
      const withId = [...text.matchAll(/msg\(\s*(?:str)?[`'"][\s\S]*?\{\s*id:\s*'([^']+)'/g)]
        .length;
      if (calls !== withId) bare.push(`${file}: ${calls - withId} without an id`);
    }
    expect(bare).toEqual([]);
  });
});
