/**
 * RDK set-top boxes (WPE WebKit): a gzipped tar of the app in one folder with a
 * metadata.json beside index.html, the shape the RDK app managers and
 * Metrological's store take for a web app. On a box that provides Firebolt the
 * portal drives its lifecycle itself (src/app/platform/firebolt-lifecycle.ts);
 * the SDK is in the bundle as a chunk that only such a box loads.
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { folderTarball } from './folder-tarball.mjs';
import { iconOf } from './icons.mjs';

/**
 * @param {ReturnType<typeof import('./app-identity.mjs').appIdentity>} identity
 */
export function rdkMetadata(identity) {
  return {
    name: identity.name,
    identifier: identity.id,
    version: identity.version,
    icon: './icon.png',
    type: 'html',
    main: 'index.html',
  };
}

/**
 * @param {object} options
 * @param {string} options.staged the staged app
 * @param {string} options.work a scratch folder
 * @param {string} options.out where the bundle goes
 * @param {ReturnType<typeof import('./app-identity.mjs').appIdentity>} options.identity
 * @param {Map<number, Uint8Array>} options.icons
 * @returns {Promise<string>} the bundle's path
 */
export async function packageRdk({ staged, work, out, identity, icons }) {
  const root = join(work, 'rdk');
  const app = join(root, identity.id);
  await rm(root, { recursive: true, force: true });
  await cp(staged, app, { recursive: true });
  await writeFile(join(app, 'icon.png'), iconOf(icons, 512));
  await writeFile(join(app, 'metadata.json'), JSON.stringify(rdkMetadata(identity), null, 2));
  return folderTarball(root, identity.id, join(out, `${identity.id}-${identity.version}-rdk.tgz`));
}
