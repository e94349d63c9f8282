/** Filling a 电视办 form with the remote, row by row, as a household does. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';
import type { Dpad } from './dpad.js';
import { pickCandidate, pressScreenKey, typeOnScreen, walkTo } from './walk.js';
import { focusWithin } from './focus.js';

/** The form step's row for the field at `pointer`. */
export const formRow = (page: Page, pointer: string) =>
  page.locator(`hearth-service-form [data-field="${pointer}"]`);

/** OK on the row, `text` on the on-screen keyboard, then 完成. */
export async function typeIntoRow(
  page: Page,
  dpad: Dpad,
  pointer: string,
  text: string,
): Promise<void> {
  await walkTo(page, dpad, formRow(page, pointer));
  await dpad.press('Ok');
  await expect(page.locator('hearth-field-editor')).toBeVisible();
  await typeOnScreen(page, dpad, text);
  await pressScreenKey(page, dpad, 'done');
  await expect(page.locator('hearth-field-editor')).toHaveCount(0);
}

/** OK on the row, then OK on the choice labelled `label`. */
export async function chooseInRow(
  page: Page,
  dpad: Dpad,
  pointer: string,
  label: string,
): Promise<void> {
  await walkTo(page, dpad, formRow(page, pointer));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('hearth-choice-list button', { hasText: label }));
  await dpad.press('Ok');
  await expect(formRow(page, pointer)).toContainText(label);
}

/**
 * OK on the row, then Chinese by pinyin, a syllable at a time, each character
 * picked from the candidate bar: [['li', '李'], ['si', '四']] types 李四.
 */
export async function typeChineseIntoRow(
  page: Page,
  dpad: Dpad,
  pointer: string,
  syllables: readonly (readonly [pinyin: string, character: string])[],
): Promise<void> {
  await walkTo(page, dpad, formRow(page, pointer));
  await dpad.press('Ok');
  for (const [pinyin, character] of syllables) {
    await typeOnScreen(page, dpad, pinyin);
    await pickCandidate(page, dpad, character);
  }
  await pressScreenKey(page, dpad, 'done');
  await expect(formRow(page, pointer)).toContainText(syllables.map(([, c]) => c).join(''));
}

/**
 * OK on the row, the text typed on a keyboard (digits also come from the
 * remote's number keys), then Back, which keeps what was typed. Chinese goes by
 * pinyin: [['li', '李'], ['si', '四']], each character picked by its number
 * in the candidate bar. None of the typing goes through `dpad`, so its count
 * holds only the presses a household spends getting around the form.
 */
export async function typeIntoRowByKeyboard(
  page: Page,
  dpad: Dpad,
  pointer: string,
  text: string | readonly (readonly [pinyin: string, character: string])[],
): Promise<void> {
  await walkTo(page, dpad, formRow(page, pointer));
  await dpad.press('Ok');
  await expect(page.locator('hearth-field-editor hearth-keyboard')).toBeVisible();
  // Type once the keyboard holds focus, as a person waits for its highlight: keys
  // pressed while focus is still on its way in are lost (seen once on CI).
  await focusWithin(page, 'HEARTH-KEYBOARD');
  if (typeof text === 'string') await page.keyboard.type(text);
  else {
    for (const [pinyin, character] of text) {
      await page.keyboard.type(pinyin);
      const candidates = page.locator('hearth-keyboard .candidate');
      await expect(candidates.first()).toBeVisible();
      const index = (await candidates.allTextContents()).findIndex((c) => c.includes(character));
      expect(index, `${character} among the first candidates of ${pinyin}`).toBeGreaterThan(-1);
      await page.keyboard.press(String(index + 1));
    }
  }
  await dpad.press('Back');
  await expect(page.locator('hearth-field-editor')).toHaveCount(0);
  const typed = typeof text === 'string' ? text : text.map(([, c]) => c).join('');
  await expect(formRow(page, pointer)).toContainText(typed);
}
