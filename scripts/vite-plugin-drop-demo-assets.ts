/**
 * The demo's static files (the HLS test stream, demo logos and pictures) live
 * in public/demo/ so the dev server and the demo build serve them; the
 * production build must not ship them, so this removes them from its output
 * before the service worker's precache list is made.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function dropDemoAssetsPlugin(outDir: string): Plugin {
  return {
    name: 'hearth:drop-demo-assets',
    apply: 'build',
    enforce: 'pre',
    writeBundle() {
      rmSync(join(outDir, 'demo'), { recursive: true, force: true });
    },
  };
}
