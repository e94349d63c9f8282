/**
 * `npm run package`: the TV store packages, all from one production build
 * (dist/) and the operator's config.json inside it. Writes packages/:
 *   <id>_<version>_all.ipk        LG webOS
 *   <id>-<version>.wgt            Samsung Tizen (unsigned; docs/packaging.md)
 *   <id>-<version>-rdk.tgz        RDK set-top boxes (WPE WebKit, Firebolt)
 *   <id>.livetv-<version>-lightning.tgz
 *                                 live TV alone as a Lightning SDK app (dist-lightning/)
 * Usage: node scripts/package/package-all.mjs [--dist dist] [--lightning dist-lightning] [--out packages]
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appIdentity } from './app-identity.mjs';
import { renderIcons } from './icons.mjs';
import { packageLightning } from './lightning.mjs';
import { packageRdk } from './rdk.mjs';
import { stageApp } from './stage-app.mjs';
import { packageTizen } from './tizen.mjs';
import { packageWebOs } from './webos.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    lightning: { type: 'string', default: 'dist-lightning' },
    out: { type: 'string', default: 'packages' },
  },
});
const dist = resolve(root, values.dist);
const out = resolve(root, values.out);
const lightning = resolve(root, values.lightning);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`package: ${relative(root, dist)}/ holds no build; run npm run build first`);
  process.exit(1);
}
if (!existsSync(join(lightning, 'index.html'))) {
  console.error(
    `package: ${relative(root, lightning)}/ holds no Lightning app build; run npm run build:lightning first`,
  );
  process.exit(1);
}
if (existsSync(join(dist, 'sw-demo.js'))) {
  console.error(
    `package: ${relative(root, dist)}/ is the demo build; packages carry the production build`,
  );
  process.exit(1);
}

const work = join(out, '.work');
await rm(out, { recursive: true, force: true });
const staged = join(work, 'app');
const { config, removedSecrets } = await stageApp(dist, staged);
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const identity = appIdentity(config, version);
const iconPath = join(dist, identity.icon);
if (!existsSync(iconPath)) {
  console.error(`package: operator.icon "${identity.icon}" is not in the build (public/)`);
  process.exit(1);
}
const icons = await renderIcons(iconPath, [80, 130, 512]);

const made = [
  await packageWebOs({ staged, work, out, identity, icons }),
  await packageTizen({ staged, out, identity, icons }),
  await packageRdk({ staged, work, out, identity, icons }),
  await packageLightning({ build: lightning, staged, work, out, identity, icons }),
];
await rm(work, { recursive: true, force: true });

for (const path of removedSecrets) {
  console.warn(
    `package: left ${path} out of every package's config.json (a token in a store package is readable by anyone)`,
  );
}
for (const file of made) console.log(`package: ${relative(root, file)}`);
