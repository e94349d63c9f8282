import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAppFiles } from '@src/lightning-app/app-files.js';

const BASE = 'http://127.0.0.1:9/app/';

function serve(files: Record<string, string | number>) {
  vi.stubGlobal('fetch', (url: string) => {
    const body = files[new URL(url).pathname.replace('/app/', '')];
    if (body === undefined) return Promise.resolve(new Response('', { status: 404 }));
    if (typeof body === 'number') return Promise.resolve(new Response('', { status: body }));
    return Promise.resolve(new Response(body));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the Lightning app’s settings.json and metadata.json', () => {
  it('reads both as the SDK’s startApp does', async () => {
    serve({
      'settings.json': JSON.stringify({
        appSettings: { stage: { w: 1920, h: 1080 }, debug: false },
        platformSettings: { log: true },
      }),
      'metadata.json': JSON.stringify({
        name: 'Acme 电视直播',
        identifier: 'com.acme.tv.portal.livetv',
        version: '1.2.3',
        icon: './static/icon.png',
      }),
    });
    const { settings, metadata } = await readAppFiles(BASE);
    expect(settings.appSettings).toEqual({ stage: { w: 1920, h: 1080 }, debug: false });
    expect(settings.platformSettings).toMatchObject({ path: './static', esEnv: 'es6', log: true });
    expect(metadata).toEqual({
      name: 'Acme 电视直播',
      identifier: 'com.acme.tv.portal.livetv',
      version: '1.2.3',
      icon: './static/icon.png',
    });
  });

  it('starts on defaults when a file is missing, broken or not an object, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    serve({ 'settings.json': '{ "appSettings": ', 'metadata.json': '[1, 2]' });
    const { settings, metadata } = await readAppFiles(BASE);
    expect(settings.appSettings).toEqual({});
    expect(settings.platformSettings).toMatchObject({ path: './static', esEnv: 'es6' });
    expect(metadata.identifier).toBe('hearth.live-tv');
    expect(metadata.name).toBe('Hearth');
    expect(warn).toHaveBeenCalledTimes(2);
    serve({ 'settings.json': 500 });
    await readAppFiles(BASE);
    expect(String(warn.mock.calls.at(-2))).toContain('HTTP 500');
  });
});
