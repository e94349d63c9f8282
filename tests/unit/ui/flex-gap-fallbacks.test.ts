/**
 * Flex `gap` is Chromium 84+; TVs of 2018–2020 run older engines, where every
 * flex container with a gap needs its margin fallback, switched on by
 * <html data-no-flex-gap> (src/app/dom-polyfills.ts). stylelint cannot know a
 * fallback is there, so this checks every css`` in src: a flex container that
 * sets `gap` has a `:host-context([data-no-flex-gap]) <selector> > * + *` rule.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Rules of the css`` templates in `text`: selector list and body ( `${…}` kept as text). */
function rules(text: string): { selectors: string[]; body: string }[] {
  const found: { selectors: string[]; body: string }[] = [];
  for (const template of text.matchAll(/css`([\s\S]*?)`/g)) {
    const css = template[1]!.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const rule of css.matchAll(/([^{}]+)\{((?:[^{}]|\$\{[^{}]*\})*)\}/g)) {
      const selectors = rule[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' '));
      found.push({ selectors, body: rule[2]! });
    }
  }
  return found;
}

describe('flex gap fallbacks for engines before Chromium 84', () => {
  const files = sources(join(import.meta.dirname, '../../../src'));

  it('every flex container with a gap has its margin fallback', () => {
    const missing: string[] = [];
    let containers = 0;
    for (const file of files) {
      const all = rules(readFileSync(file, 'utf8'));
      const fallbacks = new Set(all.flatMap((r) => r.selectors));
      for (const { selectors, body } of all) {
        if (!/(^|[^-])gap:/.test(body)) continue;
        // Grids have their own fallback (grid-gap, below); only flex gap needs margins.
        if (/display:\s*grid/.test(body)) continue;
        containers++;
        for (const selector of selectors) {
          const inside = selector === ':host' ? '' : ` ${selector}`;
          const wanted = `:host-context([data-no-flex-gap])${inside} > * + *`;
          if (!fallbacks.has(wanted)) missing.push(`${file}: ${selector}`);
        }
      }
    }
    expect(containers).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('every grid container with a gap also says grid-gap, the only name Chromium 57–65 know', () => {
    const missing: string[] = [];
    let containers = 0;
    for (const file of files) {
      for (const { selectors, body } of rules(readFileSync(file, 'utf8'))) {
        const gap = /(?:^|[^-])gap:\s*([^;]+);/.exec(body);
        if (!gap || !/display:\s*(?:inline-)?grid/.test(body)) continue;
        containers++;
        const legacy = /grid-gap:\s*([^;]+);/.exec(body);
        if (legacy?.[1]?.trim() !== gap[1]!.trim())
          missing.push(`${file}: ${selectors.join(', ')}`);
      }
    }
    expect(containers).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
