// The TV engines the matrix runs, and how each is installed into .tools/engines/ by the
// project itself (never by hand). Old headless Chromium builds come from the npm
// package `chrome-aws-lambda`, which ships them brotli-compressed in `bin/`: `npm pack`
// fetches the package from the registry, zlib decompresses the binary. The package's
// version names its Chromium from 64 to 67; 1.7.0 carries Chromium 70 and 2.0.2
// Chromium 79. They run on Debian 12 with the libraries Debian's own Chromium brings.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const ENGINES_DIR = join(ROOT, '.tools', 'engines');

/**
 * `tv` says which TVs and boxes shipped an engine of that age (docs/engines.md has the
 * sources); `binary` is the brotli file inside the package.
 */
export const OLD_CHROMIUMS = [
  {
    id: 'chromium-64',
    version: 64,
    npm: 'chrome-aws-lambda@64.0.3264',
    binary: 'bin/chromium.br',
    tv: 'webOS 4.x (2018) runs Chromium 53; Android TV WebView of 2018',
  },
  {
    id: 'chromium-67',
    version: 67,
    npm: 'chrome-aws-lambda@67.0.3372',
    binary: 'bin/chromium.br',
    tv: 'Tizen 5.0 (2019 Samsung TVs) runs Chromium 63; older STB middleware',
  },
  {
    id: 'chromium-70',
    version: 70,
    npm: 'chrome-aws-lambda@1.7.0',
    binary: 'bin/chromium-70.0.3508.0.br',
    tv: 'Tizen 5.5 (2020) runs Chromium 69; webOS 5 (2020) runs Chromium 68',
  },
  {
    id: 'chromium-79',
    version: 79,
    npm: 'chrome-aws-lambda@2.0.2',
    binary: 'bin/chromium.br',
    tv: 'webOS 6 (2021) runs Chromium 79; Tizen 6.0 runs Chromium 76',
  },
];

/** Where an engine's executable lives once installed. */
export function chromiumPath(engine) {
  return join(ENGINES_DIR, engine.id, 'chromium');
}

/**
 * Installs `engine` unless it is there already. Returns its executable's path.
 * @param {(line: string) => void} log
 */
export function installOldChromium(engine, log = () => {}) {
  const executable = chromiumPath(engine);
  if (existsSync(executable)) return executable;
  log(`engines: fetching ${engine.npm} from the npm registry for ${engine.id}`);
  const work = mkdtempSync(join(tmpdir(), `hearth-${engine.id}-`));
  try {
    execFileSync('npm', ['pack', '--silent', engine.npm], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${engine.npm} wrote no tarball`);
    execFileSync('tar', ['-xzf', tarball, `package/${engine.binary}`], { cwd: work });
    const dir = join(ENGINES_DIR, engine.id);
    mkdirSync(dir, { recursive: true });
    const partial = `${executable}.partial`;
    writeFileSync(
      partial,
      brotliDecompressSync(readFileSync(join(work, 'package', engine.binary))),
    );
    chmodSync(partial, 0o755);
    // Only a whole binary gets the name the next run looks for.
    renameSync(partial, executable);
    return executable;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The project's Chromium flags (loopback only, no sandbox, no GPU), and autoplay as a TV has it. */
export const OLD_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'];
