// Check every built JavaScript file against the engines Hearth declares
// (docs/engines.md) with es-check's feature detection and browser data:
//   modern chunks (ES modules): Chromium >= 105 (where Vite's load-time check sends them)
//   legacy chunks (SystemJS scripts): Chromium >= 53
//   workers and service workers (one file for every engine): Chromium >= 64, the
//   oldest engine the matrix runs (tests/engines); they load their polyfills first
//   (src/sw/engine-polyfills.ts, src/data/worker-polyfills.ts)
// Features core-js polyfills are allowed: the polyfill chunks that plugin-legacy
// builds from the code's actual usage load before the entry. The polyfill
// chunks themselves are skipped (they name what they polyfill).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * es-check decides some features by ES edition rather than by browser; these
 * the target engines run natively (MDN / Chromium release notes):
 * Array.prototype.flat/flatMap and optional catch binding since Chrome 66–69,
 * dynamic import() since 63, the ** operator since 52.
 * SharedArrayBuffer appears in hls.js only behind `typeof SharedArrayBuffer`,
 * so an engine without it takes the ArrayBuffer path.
 */
const SUPPORTED_BY_EDITION_GAP = {
  modern: ['ArrayFlat', 'ArrayFlatMap', 'OptionalCatchBinding', 'DynamicImport'],
  legacy: ['ExponentOperator', 'SharedArrayBuffer'],
  workers: ['SharedArrayBuffer'],
};

const isWorker = (f) => /worker/i.test(f) || /^sw[\w-]*\.js$/.test(f);
const TARGETS = [
  {
    kind: 'modern',
    query: 'chrome >= 105',
    pick: (f) => !f.includes('-legacy') && !isWorker(f),
    module: true,
  },
  {
    kind: 'legacy',
    query: 'chrome >= 53',
    pick: (f) => f.includes('-legacy') && !isWorker(f),
    module: false,
  },
  { kind: 'workers', query: 'chrome >= 64', pick: isWorker, module: false },
];

const builds = ['dist', 'dist-demo'].filter((dir) => existsSync(join(dir, 'assets')));
if (builds.length === 0) {
  console.error('check-es: no build found; run npm run build first');
  process.exit(1);
}
let failed = false;
for (const dir of builds) {
  // The chunks in assets/, and the service worker beside index.html.
  const all = [
    ...readdirSync(join(dir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ name: f, path: join(dir, 'assets', f) })),
    ...readdirSync(dir)
      .filter((f) => isWorker(f))
      .map((f) => ({ name: f, path: join(dir, f) })),
  ];
  for (const target of TARGETS) {
    const files = all
      .filter((f) => target.pick(f.name))
      .filter((f) => !f.name.startsWith('polyfills'))
      .map((f) => f.path);
    if (files.length === 0) {
      console.error(`check-es: ${dir} has no ${target.kind} chunks`);
      failed = true;
      continue;
    }
    const args = [
      'es-check',
      'checkBrowser',
      `--browserslistQuery=${target.query}`,
      '--checkFeatures',
      '--ignorePolyfillable=core-js',
      `--ignore=${SUPPORTED_BY_EDITION_GAP[target.kind].join(',')}`,
      ...(target.module ? ['--module'] : []),
      ...files,
    ];
    console.log(`check-es: ${dir} ${target.kind} (${target.query}): ${files.length} files`);
    try {
      execFileSync('npx', args, { stdio: 'inherit' });
    } catch {
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
