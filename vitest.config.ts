import { defineConfig } from 'vitest/config';
import { catalogContractPlugin } from './scripts/vite-plugin-catalog-contract.js';
import { configValidatorPlugin } from './scripts/vite-plugin-config-validator.js';

export default defineConfig({
  plugins: [configValidatorPlugin(), catalogContractPlugin()],
  test: { include: ['tests/unit/**/*.test.ts'] },
});
