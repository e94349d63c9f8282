import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { configValidatorPlugin } from '../../scripts/vite-plugin-config-validator.js';

/** The store packages, made from dist/ (npm run build first): `npm run test:packages`. */
export default defineConfig({
  plugins: [configValidatorPlugin()],
  resolve: { alias: { '@src': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: { include: ['tests/package/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
