import { defineConfig } from 'vitest/config';
import { configValidatorPlugin } from './scripts/vite-plugin-config-validator.js';

export default defineConfig({
  plugins: [configValidatorPlugin()],
  test: { include: ['tests/unit/**/*.test.ts'] },
});
