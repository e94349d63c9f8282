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
