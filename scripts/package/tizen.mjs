/**
 * Samsung Tizen: a .wgt is a zip of the app with a config.xml at its root. The
 * package is left unsigned: signing needs the operator's own author and
 * distributor certificates and Samsung's CLI (docs/packaging.md gives the step).
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { iconOf } from './icons.mjs';

/** Keys Hearth registers at start (src/focus/platform-keys.ts) need this privilege. */
export const TV_INPUT_PRIVILEGE = 'http://tizen.org/privilege/tv.inputdevice';

/**
 * @param {ReturnType<typeof import('./app-identity.mjs').appIdentity>} identity
 * @param {string} widgetId the W3C widget id, an IRI
 */
export function configXml(identity, widgetId) {
  const { packageId, applicationId } = identity.tizen;
  return `<?xml version="1.0" encoding="UTF-8"?>
<widget xmlns="http://www.w3.org/ns/widgets" xmlns:tizen="http://tizen.org/ns/widgets" id="${escapeXml(widgetId)}" version="${identity.version}" viewmodes="maximized">
  <tizen:application id="${applicationId}" package="${packageId}" required_version="2.3"/>
  <tizen:profile name="tv-samsung"/>
  <content src="index.html"/>
  <icon src="icon.png"/>
  <name>${escapeXml(identity.name)}</name>
  <feature name="http://tizen.org/feature/screen.size.all"/>
  <tizen:privilege name="http://tizen.org/privilege/internet"/>
  <tizen:privilege name="${TV_INPUT_PRIVILEGE}"/>
  <tizen:setting screen-orientation="landscape" context-menu="disable" background-support="disable" encryption="disable" install-location="auto" hwkey-event="enable"/>
  <access origin="*" subdomains="true"/>
</widget>
`;
}

/**
 * @param {object} options
 * @param {string} options.staged the staged app
 * @param {string} options.out where the .wgt goes
 * @param {ReturnType<typeof import('./app-identity.mjs').appIdentity>} options.identity
 * @param {Map<number, Uint8Array>} options.icons
 * @returns {Promise<string>} the .wgt's path
 */
export async function packageTizen({ staged, out, identity, icons }) {
  const files = {};
  for (const path of await filesUnder(staged)) {
    files[relative(staged, path).split(sep).join('/')] = new Uint8Array(await readFile(path));
  }
  files['icon.png'] = iconOf(icons, 512);
  // com.acme.tv.portal → http://tv.acme.com/portal, the IRI form widgets use.
  const parts = identity.id.split('.');
  const widgetId = `http://${parts.slice(0, -1).reverse().join('.')}/${parts.at(-1)}`;
  files['config.xml'] = new TextEncoder().encode(configXml(identity, widgetId));
  await mkdir(out, { recursive: true });
  const wgt = join(out, `${identity.id}-${identity.version}.wgt`);
  // A fixed date: the same build makes the same bytes.
  await writeFile(wgt, zipSync(files, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
  return wgt;
}

/** @param {string} dir @returns {Promise<string[]>} */
export async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
