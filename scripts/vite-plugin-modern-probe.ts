/**
 * plugin-legacy tells its two builds apart with a module that throws where
 * import.meta.resolve is missing, imported as a data: URL
 * (`import'data:text/javascript,if(!import.meta.resolve)throw …'`) from an inline
 * script in index.html and from the top of each modern chunk. Allowing data:
 * scripts in the Content-Security-Policy would let any injected data: URL run
 * too, so this plugin writes that module to a file of the portal's own
 * (assets/modern-probe-<hash>.js) and points every import at it.
 *
 * Same behaviour: an engine without import.meta.resolve fails the import, skips
 * the modern chunks and loads the legacy build. Each importer gets a file of its
 * own, as each had a data: URL of its own: WebKit (Safari ≤ 15, and WPE 2.38)
 * throws a failed module's error only for its first importer, so with one shared
 * file WPE ran the page's probe as passed and loaded no build at all.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Plugin } from 'vite';

const DATA_URL_PROBE =
  /import'data:text\/javascript,(?:"[^"'\\]*";)?(if\(!import\.meta\.resolve\)throw Error\("[^"'\\]*"\))'/g;
const ANY_DATA_URL_SCRIPT = /data:text\/javascript/;

export interface ModernProbe {
  fileName: string;
  code: string;
}

/**
 * `text` (index.html or a chunk, at `fromFile`) importing its probe from a file
 * of its own instead of a data: URL; null when it has no probe. Each import
 * keeps its length, padded with spaces, so the source maps of a minified
 * one-line chunk still point at the right columns.
 */
export function importProbeFromFile(
  text: string,
  fromFile: string,
): { text: string; probe: ModernProbe } | null {
  const match = new RegExp(DATA_URL_PROBE.source).exec(text);
  const code = match?.[1];
  if (!code) return null;
  const hash = createHash('sha256').update(`${fromFile}\n${code}`).digest('hex').slice(0, 8);
  const probe = { fileName: `assets/modern-probe-${hash}.js`, code };
  const relative = posix.relative(dirname(fromFile), probe.fileName);
  const specifier = relative.startsWith('.') ? relative : `./${relative}`;
  const rewritten = text.replace(DATA_URL_PROBE, (original) => {
    const statement = `import'${specifier}'`;
    return statement + ' '.repeat(Math.max(0, original.length - statement.length));
  });
  if (ANY_DATA_URL_SCRIPT.test(rewritten)) {
    throw new Error(
      `hearth:modern-probe: ${fromFile} still imports a data: URL; plugin-legacy has changed ` +
        'how it tells the builds apart: look before allowing data: scripts in the policy',
    );
  }
  return { text: rewritten, probe };
}

export function modernProbePlugin(): Plugin {
  const probes: ModernProbe[] = [];
  const rewrite = (text: string, where: string): string => {
    if (!ANY_DATA_URL_SCRIPT.test(text)) return text;
    const found = importProbeFromFile(text, where);
    if (!found) throw new Error(`hearth:modern-probe: a data: URL in ${where} is not the probe`);
    probes.push(found.probe);
    return found.text;
  };
  return {
    name: 'hearth:modern-probe',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      // After plugin-legacy has written its inline loaders, before the CSP hashes them.
      order: 'post',
      // Called for the legacy output's page too, which has no probe and is dropped.
      handler: (html) => rewrite(html, 'index.html'),
    },
    // After plugin-legacy has added the modern polyfills chunk to the bundle.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') output.code = rewrite(output.code, output.fileName);
      }
    },
    // Written with the bundle, before vite-plugin-pwa lists the files to precache
    // (in closeBundle), so the probe is cached like the rest.
    writeBundle(options) {
      const dir = options.dir;
      if (dir) for (const probe of probes) writeFileSync(join(dir, probe.fileName), probe.code);
    },
  };
}
