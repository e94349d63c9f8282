/** Settings with the remote: reach a row with Up/Down, a choice with Left/Right. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';
import type { Dpad } from './dpad.js';
import { focused, openHearth } from './focus.js';

const ROWS = [
  'settings.language',
  'settings.textSize',
  'settings.contrast',
  'settings.readAloud',
  'settings.startInLive',
  'settings.reminderLead',
];

/** Settings, once the demo build's extra row (loaded on its own) is in place. */
export async function openSettings(page: Page): Promise<void> {
  await openHearth(page, '/#/settings');
  await expect(page.locator('hearth-demo-alert-row')).toBeVisible();
}

/** The settings row holding focus ('' when focus is elsewhere). */
export async function focusedRow(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let rowId = '';
    while (el?.shadowRoot?.activeElement) {
      if (el.tagName === 'HEARTH-CHOICE-ROW') rowId = el.getAttribute('row-id') ?? '';
      el = el.shadowRoot.activeElement;
    }
    return rowId;
  });
}

/** Walk with Up/Down to a settings row, Left/Right to a choice, and press OK. */
export async function choose(page: Page, dpad: Dpad, row: string, value: string): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const current = await focusedRow(page);
    if (current === row) break;
    const below = current === '' || ROWS.indexOf(current) > ROWS.indexOf(row);
    await dpad.press(below ? 'Up' : 'Down');
  }
  expect(await focusedRow(page)).toBe(row);
  for (let i = 0; i < 4 && (await focused(page))?.data.value !== value; i++)
    await dpad.press('Left');
  for (let i = 0; i < 4 && (await focused(page))?.data.value !== value; i++)
    await dpad.press('Right');
  expect((await focused(page))?.data.value).toBe(value);
  await dpad.press('Ok');
}
