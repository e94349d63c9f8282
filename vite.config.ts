/**
 * Two builds from one source:
 *   vite build              → dist/       what operators deploy (no demo code)
 *   vite build --mode demo  → dist-demo/  the same portal with the embedded demo backend
 * Engines (see docs/engines.md): a modern build for Chromium ≥ 105 and a
 * legacy SystemJS build with polyfills for Chromium 53–104 (every TV from 2017
 * to 2022: Tizen 3–7, webOS 4–22). The split is where Vite's own load-time
 * check puts it (it needs import.meta.resolve, Chromium 105), so the modern
 * build carries no polyfills that no engine running it needs. Dependencies are
 * transpiled for both, and `npm run check:es` verifies the output.
 */
import { readFileSync } from 'node:fs';
import { defineConfig, transformWithOxc, type Plugin } from 'vite';
import legacy from '@vitejs/plugin-legacy';
import { VitePWA } from 'vite-plugin-pwa';
import { msw } from 'msw/vite';
import { catalogContractPlugin } from './scripts/vite-plugin-catalog-contract.js';
import { configValidatorPlugin } from './scripts/vite-plugin-config-validator.js';
import { cspPlugin } from './scripts/vite-plugin-csp.js';
import { legacyPolyfills } from './scripts/legacy-polyfills.js';
import { dropDemoAssetsPlugin } from './scripts/vite-plugin-drop-demo-assets.js';
import { modernProbePlugin } from './scripts/vite-plugin-modern-probe.js';

/** In builds, `virtual:msw` (imported only under import.meta.env.DEV) resolves to nothing. */
function devOnlyMswStub(): Plugin {
  const id = '\0hearth:no-msw';
  return {
    name: 'hearth:no-msw-in-builds',
    resolveId: (source) => (source === 'virtual:msw' ? id : null),
    load: (source) =>
      source === id ? 'export const network = null; throw new Error("msw is dev-only");' : null,
  };
}

/**
 * Workers (the guide and channel-list readers) are bundled apart from the page and
 * get neither of plugin-legacy's builds: every engine loads the same file. So their
 * syntax is lowered for the oldest engine the matrix runs (tests/engines), as the
 * service workers' is; `npm run check:es` checks the result.
 */
export const WORKER_TARGET = 'chrome64';
function lowerWorkersForTvEngines(): Plugin {
  return {
    name: 'hearth:lower-workers',
    // After minification: the minifier, targeting the modern build, would turn
    // lowered `a == null ? void 0 : a.b` back into `a?.b`.
    async generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const result = await transformWithOxc(output.code, output.fileName, {
          target: WORKER_TARGET,
        });
        output.code = result.code;
      }
    },
  };
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const MODERN_TARGETS = ['chrome >= 105'];
export const LEGACY_TARGETS = ['chrome >= 53'];

export default defineConfig(({ mode, command }) => {
  const demo = mode === 'demo';
  return {
    // Relative addresses: the same build runs from the operator's web server and,
    // unpacked from a TV store package (npm run package), from the TV's own disk.
    base: command === 'build' ? './' : '/',
    define: {
      __HEARTH_VERSION__: JSON.stringify(pkg.version),
      __HEARTH_DEMO__: JSON.stringify(demo),
    },
    plugins: [
      configValidatorPlugin(),
      catalogContractPlugin(),
      ...(demo ? [] : [dropDemoAssetsPlugin('dist')]),
      // The dev server's demo backend runs msw in the page; builds never carry it.
      ...(command === 'serve' ? [msw()] : [devOnlyMswStub()]),
      legacy({
        targets: LEGACY_TARGETS,
        modernTargets: MODERN_TARGETS,
        // Usage detection finds "uses" of Set methods and iterator helpers in
        // every .filter() and .union option name; engines that run the modern
        // build (Chromium ≥ 105) need only this one, for msw's interceptor in
        // the demo build (Promise.withResolvers arrived in Chromium 119).
        modernPolyfills: ['es.promise.with-resolvers'],
        // Listed, not usage-detected: scripts/legacy-polyfills.ts says why and how.
        polyfills: legacyPolyfills({ demo }),
        // AbortController (Chromium 66), with fetch honouring its signal: every
        // request's time-out aborts through it. Only engines on the legacy build
        // can lack it, so only they download it.
        additionalLegacyPolyfills: ['abortcontroller-polyfill/dist/polyfill-patch-fetch.js'],
      }),
      // Before the policy: it hashes the inline scripts this rewrites.
      modernProbePlugin(),
      cspPlugin(),
      // One service worker (Workbox, injectManifest, a classic IIFE script so
      // engines without module workers run it). The demo build's worker also
      // carries the demo backend; the production worker has no demo code.
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src/sw',
        filename: demo ? 'sw-demo.ts' : 'sw.ts',
        injectRegister: false,
        manifest: false,
        devOptions: { enabled: false },
        injectManifest: {
          rollupFormat: 'iife',
          // The oldest engine the matrix runs (tests/engines): TVs load this worker
          // whatever page build they run, so it is lowered for them all.
          target: WORKER_TARGET,
          globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
          // The demo stream is streamed on demand; config.json has its own
          // network-first route so an operator's edit applies at the next start.
          globIgnores: ['**/demo/hls/**', '**/*.map', 'config.json'],
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        },
      }),
    ],
    worker: { format: 'iife', plugins: () => [lowerWorkersForTvEngines()] },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      sourcemap: true,
      reportCompressedSize: true,
      // The page's own first chunks keep their <link rel="modulepreload"> in index.html;
      // a dynamic import adds none at run time. Vite's helper appends a link per
      // dependency, and on the home route's import those appends were a third of the
      // first render's script (Chromium starts each fetch inside appendChild): ~50 ms
      // at 1× CPU, ~300 ms at 6×, on every start. Without them the chunk's imports are
      // fetched when it is parsed: one request deeper, from the worker's cache after
      // the first visit.
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
    },
    preview: { host: '127.0.0.1' },
    server: { host: '127.0.0.1' },
  };
});
