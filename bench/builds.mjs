// The sites the bench measures, each as a private copy that nothing else on this machine
// touches while the bench runs.
//
// Other work here runs `vite build` into dist/ and dist-demo/ at any moment (a build
// empties its folder first; a run that served dist-demo/ directly lost its index.html
// half-way). Building into a private outDir is not possible for those two: the project's
// vite.config.ts pins the service worker's swDest and the demo-asset pruning to dist/ and
// dist-demo/. So they are built in place when older than their sources, copied at once,
// and the copy is checked to be complete. The lab has no such pins and is built straight
// into the private folder.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/** Everything a portal build is made from: newer than the build means the build is stale. */
const SOURCES = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'config.schema.json',
  'scripts',
  'package-lock.json',
];

function viteBuild(args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [VITE, 'build', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`vite build ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

function newestSourceMtime() {
  let newest = 0;
  for (const entry of SOURCES) {
    const path = join(ROOT, entry);
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    if (!stats.isDirectory()) {
      newest = Math.max(newest, stats.mtimeMs);
      continue;
    }
    for (const file of readdirSync(path, { recursive: true })) {
      newest = Math.max(newest, statSync(join(path, file)).mtimeMs);
    }
  }
  return newest;
}

function isFresh(outDir) {
  const index = join(ROOT, outDir, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newestSourceMtime();
}

/** Every file index.html names must be in the copy, or another build was emptying it. */
function checkComplete(dir, label) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const missing = [...html.matchAll(/\s(?:src|href)="(\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((url) => !existsSync(join(dir, url)));
  if (missing.length) {
    throw new Error(
      `${label}: the copy lacks ${missing.join(', ')} — another build was writing it; run again`,
    );
  }
}

function copyBuilt(outDir, copy, label) {
  if (!existsSync(join(ROOT, outDir, 'index.html'))) {
    throw new Error(`${label}: ${outDir}/index.html is missing — another build is running?`);
  }
  // Source maps are not served to the pages and are most of the bytes.
  cpSync(join(ROOT, outDir), copy, { recursive: true, filter: (src) => !src.endsWith('.map') });
  checkComplete(copy, label);
}

const SITES = [
  /** What operators deploy: the initial-JavaScript budget is about this one. */
  { name: 'production', outDir: 'dist', args: [] },
  /** The portal with its embedded demo backend: the pages the browser measures run on. */
  { name: 'demo', outDir: 'dist-demo', args: ['--mode', 'demo'] },
];

/**
 * A site that fails to build is left out (with its error) so the others are still measured.
 * @returns {Promise<{ dirs: Partial<Record<'production' | 'demo' | 'lab', string>>,
 *   errors: Record<string, { summary: string, output: string }>, remove: () => void }>}
 */
export async function prepareSites(log = () => {}) {
  const parent = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  const dirs = {};
  const errors = {};
  const attempt = async (name, work) => {
    const started = Date.now();
    try {
      await work(join(parent, name));
      dirs[name] = join(parent, name);
      log(`  ${name}: ready in ${seconds(started)} s`);
    } catch (error) {
      errors[name] = { summary: summarise(error.message), output: error.message };
      log(`  ${name} not built: ${errors[name].summary}`);
    }
  };
  for (const site of SITES) {
    await attempt(site.name, async (copy) => {
      const stale = !isFresh(site.outDir);
      if (stale) await viteBuild(site.args);
      try {
        copyBuilt(site.outDir, copy, site.name);
      } catch (error) {
        // A folder left half-written (by a build that failed or is still running): build
        // it once more and copy again; a second failure is reported.
        if (stale) throw error;
        rmSync(copy, { recursive: true, force: true });
        await viteBuild(site.args);
        copyBuilt(site.outDir, copy, site.name);
      }
    });
  }
  await attempt('lab', (out) =>
    viteBuild(['--config', 'lab/vite.config.ts', '--outDir', out, '--emptyOutDir']),
  );
  return { dirs, errors, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/**
 * The lab in its own dist-lab/, built once if it is not there. Playwright's config starts
 * its server beside the portal's for any spec it runs (measure 15 runs an e2e spec), and
 * waits for a page the lab build makes; on a fresh checkout the bench's private copy is
 * the only lab build there is. The spec does not open a lab page, so an older build does.
 */
export async function ensureLabServable() {
  if (existsSync(join(ROOT, 'dist-lab', 'focus-lab.html'))) return;
  await viteBuild(['--config', 'lab/vite.config.ts']);
}

// Vite colours its errors; the summary goes into a table.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The line of a build's output that says what went wrong. */
function summarise(message) {
  const lines = message
    .replace(ANSI_COLOUR, '')
    .split('\n')
    .map((l) => l.trim());
  return (
    lines.find((l) => /^(\w*Error:|\[[A-Z_]+\])/.test(l)) ??
    lines.find((l) => /error/i.test(l)) ??
    lines[0]
  );
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(0);
