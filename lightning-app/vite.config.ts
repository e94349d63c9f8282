/**
 * Live TV as a Lightning SDK app (issue #21): the watch area alone, started by
 * the SDK's `Launch` (src/lightning-app/main.ts), for Lightning app stores
 * (Metrological, RDK). Built to dist-lightning/ by `npm run build:lightning`;
 * `npm run package` puts it in packages/ with the operator's config.json and a
 * metadata.json of its identity.
 *
 * It runs on the engines of boxes that run Lightning apps: WPE WebKit 2.38
 * and current Chromium (in the tests); one modern build, no legacy one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { configValidatorPlugin } from '../scripts/vite-plugin-config-validator.js';
import { cspPlugin } from '../scripts/vite-plugin-csp.js';

const here = (p: string) => resolve(import.meta.dirname, p);
const pkg = JSON.parse(readFileSync(here('../package.json'), 'utf8')) as { version: string };

export default defineConfig({
  root: here('.'),
  base: './',
  define: {
    __HEARTH_VERSION__: JSON.stringify(pkg.version),
    __HEARTH_DEMO__: 'false',
  },
  resolve: { alias: { '@src': here('../src') } },
  plugins: [
    // The schema is the portal's; the config the app reads is the operator's, beside it.
    configValidatorPlugin({ schemaPath: '../config.schema.json', checkConfig: false }),
    cspPlugin(),
  ],
  worker: { format: 'iife' },
  build: {
    outDir: here('../dist-lightning'),
    emptyOutDir: true,
    target: ['chrome105', 'safari16'],
    sourcemap: true,
  },
  preview: { host: '127.0.0.1' },
});
