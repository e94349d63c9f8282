import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { catalogContractPlugin } from './scripts/vite-plugin-catalog-contract.js';
import { configValidatorPlugin } from './scripts/vite-plugin-config-validator.js';

export default defineConfig({
  plugins: [configValidatorPlugin(), catalogContractPlugin()],
  // Tests import the code under test as `@src/…` (tsconfig.json's paths).
  resolve: { alias: { '@src': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['tests/unit/**/*.test.ts'] },
});
