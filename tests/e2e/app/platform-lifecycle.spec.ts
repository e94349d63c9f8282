/**
 * What a TV platform does to a running portal, with the platform's own objects
 * faked in the page as each runtime defines them: webOS relaunching it, Tizen
 * asking which keys it wants, an RDK box moving it between foreground and
 * background over Firebolt's transport. Each ends with the household leaving
 * through the exit dialog, which must reach the platform's own way out.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { focusTile, focused, openHearth } from '../support/focus.js';
import { waitForPicture } from '../support/video.js';

interface PlatformCalls {
  calls: string[];
}

function calls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as PlatformCalls).calls);
}

/** Back at home opens the exit dialog; Right then OK is 离开. */
async function leave(page: Page, dpad: { press: (key: 'Back' | 'Right' | 'Ok') => Promise<void> }) {
  await dpad.press('Back');
  await expect.poll(async () => (await focused(page))?.data.action).toBe('stay');
  await dpad.press('Right');
  await expect.poll(async () => (await focused(page))?.data.action).toBe('leave');
  await dpad.press('Ok');
}

test('webOS: a relaunch from the launcher brings the portal home; leaving hands Back to webOS', async ({
  page,
  dpad,
}) => {
  await page.addInitScript(() => {
    const record = window as unknown as PlatformCalls;
    record.calls = [];
    // The webOS 6+ runtime's own object (webOSTV.js is not loaded).
    (window as unknown as Record<string, unknown>)['webOSSystem'] = {
      platformBack: () => record.calls.push('platformBack'),
    };
    window.close = () => record.calls.push('close');
  });
  dpad.platform = 'webos';
  await openHearth(page);
  expect(await page.evaluate(() => document.documentElement.dataset.platform)).toBe('webos');
  await focusTile(page, dpad, 'settings');
  await dpad.press('Ok');
  await expect(page).toHaveURL(/#\/settings$/);

  await page.evaluate(() => document.dispatchEvent(new Event('webOSRelaunch')));
  await expect(page).toHaveURL(/#\/$/);
  await expect
    .poll(async () => (await focused(page))?.hosts)
    .toEqual(['HEARTH-APP', 'HEARTH-HOME']);

  await leave(page, dpad);
  await expect.poll(() => calls(page)).toEqual(['platformBack']);
});

test('Tizen: the remote keys are registered in one batch; leaving exits the application', async ({
  page,
  dpad,
}) => {
  await page.addInitScript(() => {
    const record = window as unknown as PlatformCalls;
    record.calls = [];
    const supported = [
      'ColorF0Red',
      'ColorF3Blue',
      'ChannelUp',
      'ChannelDown',
      '0',
      '9',
      'VolumeUp',
    ];
    (window as unknown as Record<string, unknown>)['tizen'] = {
      tvinputdevice: {
        getSupportedKeys: () => supported.map((name, i) => ({ name, code: 1000 + i })),
        registerKey: (name: string) => record.calls.push(`registerKey ${name}`),
        registerKeyBatch: (names: string[], done?: () => void) => {
          record.calls.push(`registerKeyBatch ${names.join(' ')}`);
          done?.();
        },
      },
      application: {
        getCurrentApplication: () => ({ exit: () => record.calls.push('exit') }),
      },
    };
  });
  dpad.platform = 'tizen';
  await openHearth(page);
  expect(await calls(page)).toEqual([
    'registerKeyBatch ColorF0Red ColorF3Blue ChannelUp ChannelDown 0 9',
  ]);
  await leave(page, dpad);
  await expect.poll(() => calls(page)).toContain('exit');
});

test('RDK with Firebolt: ready once focused, live TV holds still in the background, leaving closes through Lifecycle', async ({
  page,
  dpad,
}) => {
  // 演示综合 plays, then the box sends the portal to the background and back.
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    type Rpc = { id: number; method: string; params?: { listen?: boolean; reason?: string } };
    const record = window as unknown as PlatformCalls & {
      fireboltMove: (state: string) => void;
    };
    record.calls = [];
    let receive: ((message: string) => void) | null = null;
    const listeners = new Map<string, number>();
    const answer = (id: number, result: unknown) =>
      setTimeout(() => receive?.(JSON.stringify({ jsonrpc: '2.0', id, result })), 0);
    // A box's Firebolt transport, injected as the SDK looks for it.
    (window as unknown as Record<string, unknown>)['__firebolt'] = {
      getTransportLayer: () => ({
        send(message: string) {
          const request = JSON.parse(message) as Rpc;
          const event = /^lifecycle\.on(\w+)$/i.exec(request.method)?.[1]?.toLowerCase();
          if (event && request.params?.listen) {
            listeners.set(event, request.id);
            answer(request.id, { listening: true, event: request.method });
            return;
          }
          record.calls.push(
            request.params?.reason ? `${request.method} ${request.params.reason}` : request.method,
          );
          answer(request.id, null);
        },
        receive(callback: (message: string) => void) {
          receive = callback;
        },
      }),
    };
    record.fireboltMove = (state: string) => {
      const id = listeners.get(state);
      if (id !== undefined) answer(id, { state, previous: 'foreground' });
    };
  });
  dpad.platform = 'rdk';
  await openHearth(page, '/?platform=rdk');
  await expect.poll(() => calls(page)).toContain('lifecycle.ready');

  // Live TV is the first tile.
  await dpad.press('Ok');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 10_000 });
  await waitForPicture(page);
  const video = page.locator('hearth-watch video');
  await page.evaluate(() =>
    (window as unknown as { fireboltMove: (s: string) => void }).fireboltMove('background'),
  );
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
  const heldAt = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await page.waitForTimeout(1500);
  expect(await video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBe(heldAt);

  await page.evaluate(() =>
    (window as unknown as { fireboltMove: (s: string) => void }).fireboltMove('foreground'),
  );
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(heldAt);

  // Back from live TV is the home screen.
  await dpad.press('Back');
  await expect(page.locator('hearth-watch')).toHaveCount(0);
  await expect.poll(async () => (await focused(page))?.hosts ?? []).toContain('HEARTH-HOME');
  await leave(page, dpad);
  await expect.poll(() => calls(page)).toContain('lifecycle.close userExit');
  // The box unloads the app in its own time: no "could not leave" meanwhile
  // (a plain page that is still here 400 ms after window.close() gets one).
  await page.waitForTimeout(1500);
  await expect(page.locator('hearth-exit-dialog[could-not-leave]')).toHaveCount(0);
});
