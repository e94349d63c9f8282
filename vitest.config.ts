import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { catalogContractPlugin } from './scripts/vite-plugin-catalog-contract.js';
import { configValidatorPlugin } from './scripts/vite-plugin-config-validator.js';

const UNIT_TESTS = 'tests/unit';

/**
 * Test files that replace a module (`vi.mock`, `vi.doMock`) need a module graph of
 * their own: in a shared one the real module may already have been imported by
 * another file, and the mock would never be seen.
 */
function filesThatMockModules(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file))
    .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, 'utf8')));
}

const MOCKING = filesThatMockModules(UNIT_TESTS);

export default defineConfig({
  plugins: [configValidatorPlugin(), catalogContractPlugin()],
  // The version the builds define (vite.config.ts), one that says it is a test.
  define: { __HEARTH_VERSION__: JSON.stringify('0.0.0-test') },
  // Tests import the code under test as `@src/…` (tsconfig.json's paths).
  resolve: { alias: { '@src': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        // A fresh worker and module graph per file cost 95 s of a 2-core CI run
        // against 30 s shared: most files share one. Each file still starts with
        // empty storage and an empty page (tests/unit/setup-shared.ts).
        test: {
          name: 'shared',
          include: [`${UNIT_TESTS}/**/*.test.ts`],
          exclude: MOCKING,
          isolate: false,
          setupFiles: [`${UNIT_TESTS}/setup-shared.ts`],
        },
      },
      {
        extends: true,
        test: { name: 'isolated', include: MOCKING, isolate: true },
      },
    ],
  },
});
