/**
 * The files every package carries: the production build (dist/) as it is,
 * without what a TV must not get from a store package. Left out: source maps
 * (they hold the source, and a store package can be unpacked by anyone), the
 * service worker (packaged files are already on the TV's disk, and service
 * workers run only on http(s) pages), the config's tokens, and index.html's
 * module preload hints: files on disk need no head start, and the preload
 * polyfill of the legacy build fetch()es them, which the engines of 2018–2020
 * TVs refuse for file: URLs (an uncaught error on each, seen on Chromium 64).
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// Plain TypeScript with no imports of its own: Node runs it with its type stripping.
import { isSecretKey } from '../../src/config/redact.ts';

/**
 * @param {string} dist the production build
 * @param {string} into an empty folder to fill
 * @returns {Promise<{ config: Record<string, unknown>, removedSecrets: string[] }>}
 */
export async function stageApp(dist, into) {
  await rm(into, { recursive: true, force: true });
  await cp(dist, into, {
    recursive: true,
    filter: (source) => !source.endsWith('.map') && !/[/\\]sw\.js$/.test(source),
  });
  const indexPath = join(into, 'index.html');
  const index = await readFile(indexPath, 'utf8');
  await writeFile(indexPath, index.replace(/^\s*<link rel="modulepreload"[^>]*>\n/gm, ''));
  const configPath = join(into, 'config.json');
  const config = JSON.parse(await readFile(configPath, 'utf8'));
  const removedSecrets = withoutSecrets(config);
  // My Home cannot connect without its token (it is required, and each
  // household's own): the area is left out of the package rather than broken.
  if (removedSecrets.includes('/sources/home/token')) delete config.sources.home;
  await writeFile(configPath, JSON.stringify(config, null, 2) + '\n');
  return { config, removedSecrets };
}

/**
 * Removes every secret value in place; answers their JSON pointers. A box gets
 * its tokens from a config served to it (config.md, ?config=), never from a
 * package every box of the operator shares.
 * @param {unknown} value
 * @param {string} path
 * @returns {string[]}
 */
export function withoutSecrets(value, path = '') {
  if (typeof value !== 'object' || value === null) return [];
  const removed = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${key}`;
    if (isSecretKey(key) && typeof child === 'string') {
      delete (/** @type {Record<string, unknown>} */ (value)[key]);
      removed.push(childPath);
    } else removed.push(...withoutSecrets(child, childPath));
  }
  return removed;
}
