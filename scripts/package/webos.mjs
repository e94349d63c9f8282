/**
 * LG webOS: an .ipk made by LG's own packager (ares-package from
 * @webos-tools/cli, offline), from the staged app and an appinfo.json.
 * `disableBackHistoryAPI` makes Back arrive as key 461 for Hearth's router
 * instead of webOS walking the page's history.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { iconOf } from './icons.mjs';

/**
 * @param {{ id: string, version: string, name: string }} identity
 * @param {string} vendor
 */
export function appInfo(identity, vendor) {
  return {
    id: identity.id,
    version: identity.version,
    vendor,
    type: 'web',
    main: 'index.html',
    title: identity.name,
    icon: 'icon.png',
    largeIcon: 'largeIcon.png',
    // Back is Hearth's: keyCode 461 reaches the router, which asks before leaving.
    disableBackHistoryAPI: true,
    // Hearth draws a 1920×1080 stage; without this webOS gives the page 1280×720.
    resolution: '1920x1080',
  };
}

/**
 * @param {object} options
 * @param {string} options.staged the staged app (stage-app.mjs)
 * @param {string} options.work a scratch folder
 * @param {string} options.out where the .ipk goes
 * @param {ReturnType<typeof import('./app-identity.mjs').appIdentity>} options.identity
 * @param {Map<number, Uint8Array>} options.icons
 * @returns {Promise<string>} the .ipk's path
 */
export async function packageWebOs({ staged, work, out, identity, icons }) {
  const app = join(work, 'webos');
  await rm(app, { recursive: true, force: true });
  await cp(staged, app, { recursive: true });
  await writeFile(
    join(app, 'appinfo.json'),
    JSON.stringify(appInfo(identity, identity.name), null, 2),
  );
  await writeFile(join(app, 'icon.png'), iconOf(icons, 80));
  await writeFile(join(app, 'largeIcon.png'), iconOf(icons, 130));
  await mkdir(out, { recursive: true });
  const aresPackage = createRequire(import.meta.url).resolve(
    '@webos-tools/cli/bin/ares-package.js',
  );
  // --no-minify: the build is minified already, and ares' bundled minifier
  // predates the syntax of the modern build.
  await promisify(execFile)(process.execPath, [aresPackage, '--no-minify', app, '-o', out]);
  return join(out, `${identity.id}_${identity.version}_all.ipk`);
}
