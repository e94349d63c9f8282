/**
 * Live TV as a Lightning SDK app (dist-lightning/, src/lightning-app/), in the
 * shape Lightning app stores and RDK's app managers take: a gzipped tar of one
 * folder holding index.html, the bundle, settings.json (`appSettings.stage`,
 * `platformSettings`), metadata.json (name, identifier, version, icon) and
 * static/icon.png, plus the operator's config.json as the portal's packages
 * carry it (tokens left out, stage-app.mjs): the app reads the same file.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { folderTarball } from './folder-tarball.mjs';
import { iconOf } from './icons.mjs';

/**
 * The Lightning app is an app of its own beside the portal: its id is the
 * portal's with `.livetv` after it, and its name says what it is.
 * @param {ReturnType<typeof import('./app-identity.mjs').appIdentity>} identity
 */
export function lightningMetadata(identity) {
  return {
    name: `${identity.name} 电视直播`,
    identifier: `${identity.id}.livetv`,
    version: identity.version,
    icon: './static/icon.png',
  };
}

/**
 * @param {object} options
 * @param {string} options.build the Lightning app's build (dist-lightning/)
 * @param {string} options.staged the staged portal (its config.json, tokens left out)
 * @param {string} options.work a scratch folder
 * @param {string} options.out where the bundle goes
 * @param {ReturnType<typeof import('./app-identity.mjs').appIdentity>} options.identity
 * @param {Map<number, Uint8Array>} options.icons
 * @returns {Promise<string>} the bundle's path
 */
export async function packageLightning({ build, staged, work, out, identity, icons }) {
  const metadata = lightningMetadata(identity);
  const root = join(work, 'lightning');
  const app = join(root, metadata.identifier);
  await rm(root, { recursive: true, force: true });
  // Source maps hold the source: a store package can be unpacked by anyone.
  await cp(build, app, { recursive: true, filter: (source) => !source.endsWith('.map') });
  await cp(join(staged, 'config.json'), join(app, 'config.json'));
  await mkdir(join(app, 'static'), { recursive: true });
  await writeFile(join(app, 'static', 'icon.png'), iconOf(icons, 512));
  await writeFile(join(app, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
  return folderTarball(
    root,
    metadata.identifier,
    join(out, `${metadata.identifier}-${identity.version}-lightning.tgz`),
  );
}
