/**
 * `npm run package` as an operator runs it, on the production build with an
 * operator's config that holds tokens, then each package opened the way its
 * platform opens it. The webOS app is also started from disk (file://, as
 * webOS and Tizen start packaged apps) in Chromium, to show the relative build
 * really runs there.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from 'virtual:config-validator';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { pngSize, readAr, readTar, readZip, type Files } from './unpack';

const ROOT = resolve(import.meta.dirname, '../..');
const HOME_TOKEN = 'hearth-package-test-home-token-7f3a9c';
const FHIR_TOKEN = 'hearth-package-test-fhir-token-91c2e4';
const OPERATOR_CONFIG = {
  operator: { name: 'Acme 电视', appId: 'com.acme.tv.portal', theme: { accent: '#0a84ff' } },
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  features: ['watch', 'home', 'health', 'settings'],
  sources: {
    home: { url: 'http://127.0.0.1:8123', token: HOME_TOKEN },
    health: {
      fhirBaseUrl: 'http://127.0.0.1:8080/fhir',
      patient: 'Patient/example',
      token: FHIR_TOKEN,
    },
  },
};

let work: string;
let out: string;
/** What the packager told the operator on stderr. */
let told: string;

beforeAll(() => {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no production build: npm run build');
  work = mkdtempSync(join(tmpdir(), 'hearth-packages-'));
  const operatorDist = join(work, 'dist');
  cpSync(dist, operatorDist, { recursive: true });
  writeFileSync(join(operatorDist, 'config.json'), JSON.stringify(OPERATOR_CONFIG));
  out = join(work, 'packages');
  const run = spawnSync(
    process.execPath,
    ['scripts/package/package-all.mjs', '--dist', operatorDist, '--out', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stderr}`);
  told = run.stderr;
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function packageFile(suffix: string): string {
  const name = readdirSync(out).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`no *${suffix} in ${readdirSync(out).join(', ')}`);
  return join(out, name);
}

function ipkApp(): Files {
  const members = readAr(readFileSync(packageFile('_all.ipk')));
  expect([...members.keys()]).toEqual(['debian-binary', 'control.tar.gz', 'data.tar.gz']);
  expect(members.get('debian-binary')?.toString()).toBe('2.0\n');
  const prefix = 'usr/palm/applications/com.acme.tv.portal/';
  const data = readTar(members.get('data.tar.gz') ?? Buffer.alloc(0));
  return new Map(
    [...data]
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, bytes]) => [path.slice(prefix.length), bytes]),
  );
}

function rdkApp(): Files {
  const files = readTar(readFileSync(packageFile('-rdk.tgz')));
  const prefix = 'com.acme.tv.portal/';
  for (const path of files.keys()) expect(path.startsWith(prefix), path).toBe(true);
  return new Map([...files].map(([path, bytes]) => [path.slice(prefix.length), bytes]));
}

function lightningApp(): Files {
  const files = readTar(readFileSync(packageFile('-lightning.tgz')));
  const prefix = 'com.acme.tv.portal.livetv/';
  for (const path of files.keys()) expect(path.startsWith(prefix), path).toBe(true);
  return new Map([...files].map(([path, bytes]) => [path.slice(prefix.length), bytes]));
}

function json(files: Files, path: string): Record<string, unknown> {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`${path} is missing`);
  return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
}

describe('webOS .ipk', () => {
  it('is an ar archive whose appinfo.json has every field webOS requires', () => {
    const app = ipkApp();
    const info = json(app, 'appinfo.json');
    expect(info).toMatchObject({
      id: 'com.acme.tv.portal',
      version: '0.1.0',
      type: 'web',
      main: 'index.html',
      title: 'Acme 电视',
      icon: 'icon.png',
      largeIcon: 'largeIcon.png',
      disableBackHistoryAPI: true,
    });
    expect(typeof info['vendor']).toBe('string');
    // Preload hints from disk only cost old engines an error each (stage-app.mjs).
    expect(app.get('index.html')?.toString('utf8')).not.toContain('modulepreload');
    expect(pngSize(app.get('icon.png') ?? Buffer.alloc(0))).toEqual({ width: 80, height: 80 });
    expect(pngSize(app.get('largeIcon.png') ?? Buffer.alloc(0))).toEqual({
      width: 130,
      height: 130,
    });
  });
});

describe('Tizen .wgt', () => {
  it('has a well-formed config.xml declaring the id, profile, content and key privilege', () => {
    const files = readZip(packageFile('.wgt'));
    const xml = files.get('config.xml')?.toString('utf8') ?? '';
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      xml,
    ) as {
      widget: Record<string, unknown>;
    };
    const widget = parsed.widget;
    expect(widget['id']).toBe('http://tv.acme.com/portal');
    expect(widget['version']).toBe('0.1.0');
    const application = widget['tizen:application'] as { id: string; package: string };
    expect(application.package).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(application.id).toBe(`${application.package}.Portal`);
    expect(widget['tizen:profile']).toEqual({ name: 'tv-samsung' });
    const content = widget['content'] as { src: string };
    expect(files.has(content.src)).toBe(true);
    const privileges = [widget['tizen:privilege']].flat() as { name: string }[];
    expect(privileges.map((p) => p.name)).toContain('http://tizen.org/privilege/tv.inputdevice');
    const icon = widget['icon'] as { src: string };
    expect(pngSize(files.get(icon.src) ?? Buffer.alloc(0)).width).toBeGreaterThanOrEqual(117);
  });
});

describe('RDK bundle', () => {
  it('holds the app and a metadata.json naming it', () => {
    const app = rdkApp();
    expect(json(app, 'metadata.json')).toMatchObject({
      name: 'Acme 电视',
      identifier: 'com.acme.tv.portal',
      version: '0.1.0',
      icon: './icon.png',
    });
    // Preload hints from disk only cost old engines an error each (stage-app.mjs).
    expect(app.get('index.html')?.toString('utf8')).not.toContain('modulepreload');
    expect(pngSize(app.get('icon.png') ?? Buffer.alloc(0))).toEqual({ width: 512, height: 512 });
  });
});

describe('Lightning SDK app', () => {
  it('holds live TV with the metadata.json and settings.json the SDK starts it from', () => {
    const app = lightningApp();
    expect(json(app, 'metadata.json')).toEqual({
      name: 'Acme 电视 电视直播',
      identifier: 'com.acme.tv.portal.livetv',
      version: '0.1.0',
      icon: './static/icon.png',
    });
    const settings = json(app, 'settings.json') as {
      appSettings: { stage: { w: number; h: number } };
      platformSettings: Record<string, unknown>;
    };
    expect(settings.appSettings.stage).toMatchObject({ w: 1920, h: 1080 });
    expect(settings.platformSettings).toMatchObject({ path: './static', esEnv: 'es6' });
    expect(pngSize(app.get('static/icon.png') ?? Buffer.alloc(0))).toEqual({
      width: 512,
      height: 512,
    });
    // Every script index.html names is in the package.
    const index = app.get('index.html')?.toString('utf8') ?? '';
    const scripts = [...index.matchAll(/<script[^>]+src="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(app.has(script ?? ''), script).toBe(true);
  });
});

describe('every package', () => {
  const all = () => ({
    webOS: ipkApp(),
    Tizen: readZip(packageFile('.wgt')),
    RDK: rdkApp(),
    Lightning: lightningApp(),
  });

  it('carries no demo code, no source map and no service worker', () => {
    for (const [platform, files] of Object.entries(all())) {
      for (const [path, bytes] of files) {
        expect(path, platform).not.toMatch(/\.map$|(^|\/)sw(-demo)?\.js$|demo/);
        const text = bytes.toString('latin1');
        // The demo backend's channel list and its worker never reach a package.
        expect(
          text.includes(Buffer.from('演示综合').toString('latin1')),
          `${platform} ${path}`,
        ).toBe(false);
        expect(text.includes('sw-demo'), `${platform} ${path}`).toBe(false);
      }
    }
  });

  it("carries none of the config's tokens, and a config that still passes the schema", () => {
    for (const [platform, files] of Object.entries(all())) {
      for (const [path, bytes] of files) {
        const text = bytes.toString('utf8');
        expect(text.includes(HOME_TOKEN) || text.includes(FHIR_TOKEN), `${platform} ${path}`).toBe(
          false,
        );
      }
      const config = json(files, 'config.json');
      expect(validateConfig(config), platform).toEqual([]);
      // My Home cannot work without its token: left out, not broken.
      expect((config['sources'] as Record<string, unknown>)['home'], platform).toBeUndefined();
      expect((config['sources'] as Record<string, unknown>)['health'], platform).toBeDefined();
    }
    // The operator is told which fields were left out, by path, never by value.
    expect(told).toContain('/sources/home/token');
    expect(told).toContain('/sources/health/token');
    expect(told).not.toContain(HOME_TOKEN);
  });
});

describe('the packaged app from the TV disk', () => {
  it('starts from file:// and shows the home screen with a tile in focus', async () => {
    const dir = join(work, 'unpacked-webos');
    for (const [path, bytes] of ipkApp()) {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const browser = await chromium.launch({
      executablePath: findChromium(),
      // webOS and Tizen give packaged apps access to their own files.
      args: [...CHROMIUM_ARGS, '--allow-file-access-from-files'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The app's own files: every one must load from disk. (The config's
      // servers are not running here; their requests may fail.)
      page.on('requestfailed', (request) => {
        if (request.url().startsWith('file:')) {
          errors.push(`${request.url()} ${request.failure()?.errorText}`);
        }
      });
      await page.goto(`file://${dir}/index.html`);
      const focused = page.locator('hearth-app >> :focus');
      await expect
        .poll(() => page.evaluate(() => document.title), { timeout: 15_000 })
        .toBe('Acme 电视');
      await expect.poll(async () => (await focused.count()) > 0, { timeout: 15_000 }).toBe(true);
      expect(errors).toEqual([]);
      if (process.env['HEARTH_PACKAGE_SCREENSHOT']) {
        await page.screenshot({ path: process.env['HEARTH_PACKAGE_SCREENSHOT'] });
      }
    } finally {
      await browser.close();
    }
  });
});
