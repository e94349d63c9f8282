/**
 * The lab: small pages that exercise the focus engine outside the portal, for
 * end-to-end tests (focus memory, shadow roots, layers) and the benchmark
 * (2,000 focusables beside other spatial-navigation libraries).
 * Built to dist-lab/ by `npm run build:lab`; never part of the portal.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = (p: string) => resolve(import.meta.dirname, p);

export default defineConfig({
  root: here('.'),
  base: '/',
  build: {
    outDir: here('../dist-lab'),
    emptyOutDir: true,
    target: 'chrome111',
    rollupOptions: {
      input: {
        'focus-lab': here('focus-lab.html'),
        'grid-hearth': here('grid-hearth.html'),
        'grid-floor': here('grid-floor.html'),
        'grid-polyfill': here('grid-polyfill.html'),
        'grid-js-spatial': here('grid-js-spatial.html'),
        'cap-parse': here('cap-parse.html'),
        'inputs-lab': here('inputs-lab.html'),
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
