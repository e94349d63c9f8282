// Imports repo TypeScript (tests/support, src/demo…) into a Node script: the repo's
// TypeScript does not run under Node's type stripping (extensionless imports,
// parameter properties), so `entry` is bundled with rolldown into a temporary ES
// module first. Used by the bench and the engine matrix, whose runners are plain .mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The module at `entry` (an absolute .ts path), bundled for Node and imported. */
export async function importTypeScript(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-ts-'));
  try {
    const file = join(dir, 'bundle.mjs');
    const { build } = await import('rolldown');
    // import.meta.glob, as Vite reads it: the demo build finds each area's demo
    // source by name (src/app/demo-sources.ts).
    const { importGlobPlugin } = await import('rolldown/experimental');
    await build({
      input: entry,
      platform: 'node',
      plugins: [importGlobPlugin()],
      logLevel: 'warn',
      // ws's optional native helpers: ws falls back to JavaScript without them.
      external: ['bufferutil', 'utf-8-validate'],
      output: { file, format: 'esm' },
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
