/** Helpers for the telehealth screens: which screen shows, and moving to an item by its data. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { focused } from './focus.js';
import type { Dpad } from './dpad.js';

export const screen = (page: Page) => page.locator('hearth-health .screen');

/** Wait until the flow shows `name`, loaded. */
export async function onScreen(page: Page, name: string): Promise<void> {
  await expect(screen(page)).toHaveAttribute('data-screen', name, { timeout: 15_000 });
  await expect(screen(page)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  // Focus lands inside the new screen once it has rendered.
  await expect.poll(async () => (await focused(page))?.hosts.includes('HEARTH-HEALTH')).toBe(true);
}

export async function focusedData(page: Page, key: string): Promise<string | undefined> {
  return (await focused(page))?.data[key];
}

/** Press `key` until the focused item's data-`attribute` is `value`. */
export async function moveTo(
  page: Page,
  dpad: Dpad,
  key: 'Right' | 'Down',
  attribute: string,
  value: string,
) {
  for (let i = 0; i < 12 && (await focusedData(page, attribute)) !== value; i++) {
    await dpad.press(key);
  }
  expect(await focusedData(page, attribute)).toBe(value);
}

/** When a slot starts (epoch ms), from the demo's FHIR server. */
export function slotStart(page: Page, slot: string): Promise<number> {
  return page.evaluate(async (id) => {
    const response = await fetch(`/demo-api/fhir/${id}`, {
      headers: { Authorization: 'Bearer demo-fhir-token', Accept: 'application/fhir+json' },
    });
    return Date.parse(((await response.json()) as { start: string }).start);
  }, slot);
}

/**
 * On the time grid, moves to the first time at least 20 minutes from now and
 * returns its slot. A sooner one is inside the appointment reminder's 15
 * minutes: its reminder comes the moment it is booked, over the booking (CI
 * met that at 10:29 with the 10:30 slot). Late in the afternoon the day may have
 * no such time left (at 15:57, 李秀英's last one was 16:00): then Back to the
 * week and on to the next day, as a household would.
 */
export async function focusTimeAhead(page: Page, dpad: Dpad): Promise<string> {
  for (let day = 0; day < 4; day++) {
    const slot = await focusTimeAheadToday(page, dpad);
    if (slot) return slot;
    await dpad.press('Back');
    await onScreen(page, 'days');
    const today = await focusedData(page, 'day');
    await dpad.press('Right');
    expect(await focusedData(page, 'day')).not.toBe(today);
    await dpad.press('Ok');
    await onScreen(page, 'times');
  }
  throw new Error('no free time 20 minutes ahead in four days');
}

/** The first time on this day's grid 20 minutes ahead or more, focused; null if none. */
async function focusTimeAheadToday(page: Page, dpad: Dpad): Promise<string | null> {
  let slot = (await focusedData(page, 'slot')) ?? '';
  for (let i = 0; i < 24; i++) {
    const ahead = (await slotStart(page, slot)) - (await page.evaluate(() => Date.now()));
    if (ahead >= 20 * 60_000) return slot;
    await dpad.press('Right');
    if ((await focusedData(page, 'slot')) === slot) await dpad.press('Down');
    const next = (await focusedData(page, 'slot')) ?? '';
    if (next === slot) return null;
    slot = next;
  }
  return null;
}
