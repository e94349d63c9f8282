/**
 * Two builds from one source:
 *   vite build              → dist/       what operators deploy (no demo code)
 *   vite build --mode demo  → dist-demo/  the same portal with the embedded demo backend
 * Engines (see docs/engines.md): a modern build for Chromium ≥ 69 (Tizen 5,
 * webOS 5 and later) and a legacy SystemJS build with polyfills for Chromium
 * 53–68; dependencies are transpiled for those targets too, and
 * `npm run check:es` verifies the output.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import legacy from '@vitejs/plugin-legacy';
import { configValidatorPlugin } from './scripts/vite-plugin-config-validator.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const MODERN_TARGETS = ['chrome >= 69'];
export const LEGACY_TARGETS = ['chrome >= 53'];

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  return {
    define: {
      __HEARTH_VERSION__: JSON.stringify(pkg.version),
      __HEARTH_DEMO__: JSON.stringify(demo),
    },
    plugins: [
      configValidatorPlugin(),
      legacy({
        targets: LEGACY_TARGETS,
        modernTargets: MODERN_TARGETS,
        modernPolyfills: true,
      }),
    ],
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      sourcemap: true,
      reportCompressedSize: true,
    },
    preview: { host: '127.0.0.1' },
    server: { host: '127.0.0.1' },
  };
});
