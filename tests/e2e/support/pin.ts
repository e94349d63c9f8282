/**
 * Entering the household PIN on the pad the way a person with a remote does:
 * arrows to each digit and OK (or the remote's number keys).
 */
import { expect, type Page } from '@playwright/test';
import type { Dpad } from './dpad.js';
import { focused } from './focus.js';

const GRID: Record<string, [row: number, column: number]> = {
  '1': [0, 0],
  '2': [0, 1],
  '3': [0, 2],
  '4': [1, 0],
  '5': [1, 1],
  '6': [1, 2],
  '7': [2, 0],
  '8': [2, 1],
  '9': [2, 2],
  delete: [3, 0],
  '0': [3, 1],
};

/** Arrows from the focused pad key to each digit in turn, OK on each. */
export async function enterPinWithArrows(page: Page, dpad: Dpad, pin: string): Promise<void> {
  for (const digit of pin) {
    const at = (await focused(page))?.data.key;
    const from = at ? GRID[at] : undefined;
    const to = GRID[digit];
    if (!from || !to) throw new Error(`focus is not on the PIN pad (on ${at ?? 'nothing'})`);
    const [rows, columns] = [to[0] - from[0], to[1] - from[1]];
    await dpad.press(rows > 0 ? 'Down' : 'Up', Math.abs(rows));
    await dpad.press(columns > 0 ? 'Right' : 'Left', Math.abs(columns));
    await dpad.press('Ok');
  }
}

/** The remote's number keys, one per digit. */
export async function enterPinWithDigits(dpad: Dpad, pin: string): Promise<void> {
  for (const digit of pin) await dpad.press(`Digit${digit}` as Parameters<Dpad['press']>[0]);
}

/** The PIN the tests choose for the household. */
export const TEST_PIN = '246802';

/**
 * Opens an area behind the household PIN in a fresh household: it asks for a
 * PIN to be chosen (twice), which also opens it.
 */
export async function openBehindNewPin(
  page: Page,
  dpad: Dpad,
  path: string,
  pin = TEST_PIN,
): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  await enterPinWithDigits(dpad, pin);
  await enterPinWithDigits(dpad, pin);
  // Hashing the new PIN takes a moment; a reload before it is stored would
  // find no PIN at all. The gate opens only once it is stored.
  await expect(page.locator('hearth-pin-gate hearth-pin-pad')).toHaveCount(0, { timeout: 15_000 });
}
