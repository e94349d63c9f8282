import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { catalogContractPlugin } from './scripts/vite-plugin-catalog-contract.js';
import { configValidatorPlugin } from './scripts/vite-plugin-config-validator.js';

export default defineConfig({
  plugins: [configValidatorPlugin(), catalogContractPlugin()],
  // The version the builds define (vite.config.ts), one that says it is a test.
  define: { __HEARTH_VERSION__: JSON.stringify('0.0.0-test') },
  // Tests import the code under test as `@src/…` (tsconfig.json's paths).
  resolve: { alias: { '@src': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['tests/unit/**/*.test.ts'] },
});
