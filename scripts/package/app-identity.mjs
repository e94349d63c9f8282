/**
 * Who the packages say they are: id, version, name and icon, from the
 * operator's config.json (operator.appId, operator.name, operator.icon) and the
 * project's version. Every platform derives its own id form from the one id.
 */
import { createHash } from 'node:crypto';

export const DEFAULT_APP_ID = 'org.hearth.portal';
export const DEFAULT_ICON = 'icons/hearth.svg';

/**
 * @param {Record<string, unknown>} config the operator's config.json, parsed
 * @param {string} version package.json's version
 */
export function appIdentity(config, version) {
  const operator = /** @type {{ name?: string, appId?: string, icon?: string }} */ (
    config.operator ?? {}
  );
  const id = operator.appId ?? DEFAULT_APP_ID;
  if (!/^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/.test(id)) {
    throw new Error(`operator.appId "${id}" is not a reverse-DNS id such as com.acme.tv.portal`);
  }
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`version "${version}" must be three numbers (webOS and Tizen accept no more)`);
  }
  return {
    id,
    version,
    name: operator.name ?? 'Hearth',
    icon: operator.icon ?? DEFAULT_ICON,
    tizen: tizenIds(id),
  };
}

/**
 * Tizen wants a package id of exactly 10 letters or digits, and an application
 * id `<package>.<name>`. The package id is derived from the app id, so every
 * build of one operator's portal gets the same one (a store update must keep it).
 * @param {string} id
 */
function tizenIds(id) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const digest = createHash('sha256').update(id).digest();
  let packageId = '';
  for (let i = 0; i < 10; i++) packageId += alphabet[(digest[i] ?? 0) % alphabet.length];
  const last = id.split('.').pop() ?? 'portal';
  const name = last.replace(/[^A-Za-z0-9]/g, '') || 'Portal';
  return { packageId, applicationId: `${packageId}.${name[0]?.toUpperCase()}${name.slice(1)}` };
}
