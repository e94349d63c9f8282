/**
 * The layering holds by lint, not by habit: a forbidden import in each layer
 * fails `npm run lint` (eslint.config.js, `boundaries`).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const uses = (specifier: string) =>
  `import { thing } from '${specifier}';\nexport const used = thing;\n`;

describe('layer boundaries', () => {
  it.each([
    ['src/data/probe.ts', '../ui/button-styles.js'],
    ['src/data/guide/probe.ts', '../../features/watch/watch-screen.js'],
    ['src/focus/probe.ts', '../data/local-db.js'],
    ['src/ui/pin/probe.ts', '../../data/household-pin/pin-lock.js'],
    ['src/sw/probe.ts', '../features/alerts/alert-overlay.js'],
    ['src/features/watch/probe.ts', '../home/home-controls.js'],
    ['src/features/watch/lightning/probe.ts', '../../settings/settings-view.js'],
    ['src/features/home/probe.ts', '../../demo/handlers.js'],
    ['src/lightning-app/probe.ts', '../features/home/home-controls.js'],
    ['src/lightning-app/probe.ts', '../ui/pin/pin-pad.js'],
  ])(
    '%s may not import %s',
    async (file, specifier) => {
      expect(await boundaryErrors(file, uses(specifier))).toHaveLength(1);
    },
    30_000,
  );

  it.each([
    ['src/features/watch/probe.ts', '../../data/guide/guide-types.js'],
    ['src/features/watch/lightning/probe.ts', '../watch-theme.js'],
    ['src/lightning-app/probe.ts', '../features/watch/live-tv-session.js'],
    ['src/ui/pin/probe.ts', '../../focus/directives.js'],
    ['src/features/settings/demo-probe.ts', '../../demo/endpoints.js'],
  ])(
    '%s may import %s',
    async (file, specifier) => {
      expect(await boundaryErrors(file, uses(specifier))).toEqual([]);
    },
    30_000,
  );

  it('lets a type cross a boundary (it is gone at run time)', async () => {
    const source = `import type { PinLock } from '../../data/household-pin/pin-lock.js';\nexport type Lock = PinLock;\n`;
    expect(await boundaryErrors('src/ui/pin/probe.ts', source)).toEqual([]);
  }, 30_000);
});
