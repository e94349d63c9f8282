/**
 * Programme reminders with the remote: set from the guide (提醒我), listed and
 * cancelled in Settings, and due over whatever is on screen — a half-typed
 * form keeps its text under it; 到时自动切换 tunes by itself on the home
 * screen. The page clock is moved to the reminder's time.
 */
import type { Page } from '@playwright/test';
import { DEMO_CHANNELS } from '@src/demo/channels/channel-list.js';
import { programmesBetween } from '@src/demo/channels/programmes.js';
import { test, expect } from '../support/fixtures.js';
import { focused, focusWithin, openHearth, spoken } from '../support/focus.js';
import { enterPinWithDigits } from '../support/pin.js';
import { formRow } from '../support/service-form.js';
import { pageNow } from '../support/page-clock.js';
import { holdsFocus, pressScreenKey, typeOnScreen, walkTo } from '../support/walk.js';

const MIN = 60_000;

interface Seeded {
  channelKey: string;
  channelName: string;
  title: string;
  autoSwitch: boolean;
  /** Starts this many minutes after the page opens, for 30 minutes... */
  inMinutes?: number;
  /** ...or at the times of a programme in the demo guide (epoch ms). */
  programme?: { start: number; stop: number };
}

/**
 * The demo guide's first programme on `channelId` that starts at least
 * `minutes` from now. Live TV follows its guide when it loads: a reminder whose
 * title the guide does not have on that channel is cancelled, so one that must
 * outlive live TV opening names a programme the guide has.
 */
function demoProgrammeAfter(channelId: string, minutes: number) {
  const channel = DEMO_CHANNELS.find((c) => c.id === channelId);
  const after = Date.now() + minutes * MIN;
  const programme = channel
    ? programmesBetween(channel, after, after + 4 * 60 * MIN).find((p) => p.start >= after)
    : undefined;
  if (!programme)
    throw new Error(`the demo guide has nothing on ${channelId} after ${minutes} min`);
  return programme;
}

/** Reminders kept on this TV before the portal starts (as after a reboot). */
async function seedReminders(page: Page, reminders: Seeded[]): Promise<void> {
  await page.addInitScript(
    ([list, min]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const now = Date.now();
      localStorage.setItem(
        'hearth.reminders',
        JSON.stringify(
          list.map((r) => ({
            channelKey: r.channelKey,
            channelName: r.channelName,
            title: r.title,
            start: r.programme?.start ?? now + (r.inMinutes ?? 0) * min,
            stop: r.programme?.stop ?? now + ((r.inMinutes ?? 0) + 30) * min,
            autoSwitch: r.autoSwitch,
          })),
        ),
      );
    },
    [reminders, MIN] as const,
  );
}

const overlay = (page: Page) => page.locator('hearth-programme-reminder section');

test('提醒我 in the guide sets a reminder; Settings lists it and cancels it', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  await openHearth(page, '/#/watch');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 10_000 });
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/\d\d:\d\d 至 \d\d:\d\d/);
  // Right opens the guide on what is on now; Right again is what comes next.
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toMatch(/^演示综合, .+, \d\d:\d\d 至 \d\d:\d\d/);
  // On to a programme that starts at least ten minutes from now (its reminder
  // must not fall due while the test runs).
  const minutesAhead = (text: string) => {
    const [, hh, mm] = /, (\d\d):(\d\d) 至/.exec(text) ?? [];
    const shanghai = new Date(Date.now() + 8 * 3_600_000);
    const nowMinutes = shanghai.getUTCHours() * 60 + shanghai.getUTCMinutes();
    const ahead = Number(hh) * 60 + Number(mm) - nowMinutes;
    // A start before now is the programme on air (or past midnight: tomorrow).
    return ahead < -720 ? ahead + 1440 : ahead;
  };
  for (let i = 0; i < 6 && minutesAhead(await spoken(page)) < 10; i++) {
    const before = await spoken(page);
    await dpad.press('Right');
    await expect.poll(() => spoken(page)).not.toBe(before);
  }
  const programme = /^演示综合, (.+?), (\d\d:\d\d) 至/.exec(await spoken(page));
  expect(programme).not.toBeNull();
  const [, title, start] = programme ?? [];
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^节目还没开始\. .+\. 提醒我$/);
  await page.screenshot({ path: info.outputPath('remind-me.png') });
  await dpad.press('Ok');
  // Said at once, and the guide's own words for the programme now end with it.
  await expect.poll(() => spoken(page)).toMatch(new RegExp(`${title}.*已设提醒`));
  // The guide says so when the programme is focused again.
  await dpad.press('Left');
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toMatch(/已设提醒$/);
  await page.screenshot({ path: info.outputPath('guide-marked.png') });

  await page.goto('/#/settings');
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  const open = page.locator('[data-action="reminders"]');
  await walkTo(page, dpad, open);
  await dpad.press('Ok');
  const list = page.locator('hearth-reminder-list');
  await expect(list).toContainText(`${start} · ${title} · 演示综合`);
  await page.screenshot({ path: info.outputPath('reminder-list.png') });
  await walkTo(page, dpad, list.locator('button').first());
  await dpad.press('Ok');
  await expect(list).toContainText('还没有节目提醒');
  expect(await page.evaluate(() => localStorage.getItem('hearth.reminders'))).toBe('[]');
});

test('a reminder comes over a half-typed form, which keeps its text; 切换 tunes the channel', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await seedReminders(page, [
    {
      channelKey: 'demo-caijing',
      channelName: '演示财经',
      title: '财经夜话',
      inMinutes: 4,
      autoSwitch: true,
    },
  ]);
  await page.goto('/#/services');
  await expect.poll(async () => (await focused(page))?.data.key).toBe('5');
  await enterPinWithDigits(dpad, '246802');
  await enterPinWithDigits(dpad, '246802');
  await expect(page.locator('hearth-services-catalogue')).toBeVisible({ timeout: 15_000 });
  const card = page.locator('hearth-services-catalogue [data-service="school-enrolment"]');
  await walkTo(page, dpad, card);
  await dpad.press('Ok');
  const apply = page.locator('hearth-service-detail [data-action="apply"]');
  await expect.poll(() => holdsFocus(apply)).toBe(true);
  await dpad.press('Ok');
  await expect(page.locator('hearth-service-form')).toContainText('第 1 步');
  // Half an ID number typed on the on-screen keyboard...
  await walkTo(page, dpad, formRow(page, '/child/idNumber'));
  await dpad.press('Ok');
  await expect(page.locator('hearth-field-editor')).toBeVisible();
  await typeOnScreen(page, dpad, '1101');

  // ...when the reminder falls due (one minute before, the default lead).
  await page.clock.fastForward('03:01');
  await expect(overlay(page)).toBeVisible();
  await expect(overlay(page)).toContainText('财经夜话 · 演示财经');
  await expect(overlay(page)).toContainText('1 分钟后开始');
  await focusWithin(page, 'HEARTH-PROGRAMME-REMINDER');
  await page.screenshot({ path: info.outputPath('reminder-over-form.png') });
  // Set to switch by itself, it asked instead: the household was typing.
  await expect(page.locator('hearth-watch')).toHaveCount(0);
  await dpad.press('Back');
  await expect(overlay(page)).toHaveCount(0);
  await focusWithin(page, 'HEARTH-FIELD-EDITOR');
  await typeOnScreen(page, dpad, '05');
  await pressScreenKey(page, dpad, 'done');
  await expect(formRow(page, '/child/idNumber')).toContainText('110105');
  // Ignored, it does not come back.
  await page.clock.fastForward('01:00');
  await expect(overlay(page)).toHaveCount(0);
});

test('到时自动切换 tunes by itself on the home screen; 切换 on a reminder tunes too', async ({
  page,
  dpad,
}) => {
  test.setTimeout(90_000);
  // The second must outlive live TV opening and reading its guide.
  const finance = demoProgrammeAfter('demo-caijing', 10);
  await page.clock.install();
  await seedReminders(page, [
    {
      channelKey: 'demo-xinwen',
      channelName: '演示新闻',
      title: '午夜新闻',
      inMinutes: 3,
      autoSwitch: true,
    },
    {
      channelKey: 'demo-caijing',
      channelName: '演示财经',
      title: finance.title,
      programme: finance,
      autoSwitch: false,
    },
  ]);
  await page.goto('/');
  await expect.poll(async () => (await focused(page))?.hosts ?? []).toContain('HEARTH-HOME');
  await page.clock.fastForward('02:01');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 15_000 });
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^13 演示新闻/);
  await expect(overlay(page)).toHaveCount(0);
  // Live TV has read its guide (the programme is said), and kept the reminder it has.
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/\d\d:\d\d 至 \d\d:\d\d/);

  // The second asks, over live TV, a minute before its programme; 切换 holds focus first.
  await page.clock.fastForward(finance.start - MIN + 1_000 - (await pageNow(page)));
  await expect(overlay(page)).toContainText('切换到 演示财经');
  await expect.poll(() => holdsFocus(overlay(page).locator('[data-action="switch"]'))).toBe(true);
  await dpad.press('Ok');
  await expect(overlay(page)).toHaveCount(0);
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^2 演示财经/);
  expect(await page.evaluate(() => localStorage.getItem('hearth.reminders'))).toBe('[]');
  await page.clock.fastForward(10 * MIN);
  await expect(overlay(page)).toHaveCount(0);
});
