/**
 * Moving focus to something on screen the way a person does: look where it is
 * and press the arrow towards it (a row at a time, then along the row), until
 * it holds focus. Fails when it cannot be reached in `maxPresses`.
 */
import type { Locator, Page } from '@playwright/test';
import type { Direction } from '../../../src/focus/logical-key.js';
import type { Dpad } from './dpad.js';

async function focusedRect(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const r = (el as HTMLElement).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
}

export async function holdsFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

export async function walkTo(page: Page, dpad: Dpad, target: Locator, maxPresses = 40) {
  const one = target.first();
  let stuck = false;
  for (let step = 0; step < maxPresses; step++) {
    if (await holdsFocus(one)) return;
    const to = await one.boundingBox();
    if (!to) throw new Error('the target is not on screen');
    const from = await focusedRect(page);
    const midY = to.y + to.height / 2;
    const midX = to.x + to.width / 2;
    const vertical: Direction | null = midY < from.top ? 'Up' : midY > from.bottom ? 'Down' : null;
    const horizontal: Direction | null =
      midX < from.left ? 'Left' : midX > from.right ? 'Right' : null;
    const dx = horizontal ? Math.abs(midX - (from.left + from.right) / 2) : 0;
    const dy = vertical ? Math.abs(midY - (from.top + from.bottom) / 2) : 0;
    // Along the longer way first (a row, then along it, inside a grid); the
    // other way when a press led nowhere.
    let key = (dx > dy ? horizontal : vertical) ?? horizontal ?? vertical;
    if (stuck) key = (key === horizontal ? vertical : horizontal) ?? key;
    if (!key) throw new Error('the target overlaps the focus but does not hold it');
    await dpad.press(key);
    const after = await focusedRect(page);
    stuck = after.top === from.top && after.left === from.left;
  }
  throw new Error(`could not reach the target in ${maxPresses} presses`);
}

/** Types on an on-screen keyboard: arrows to each key, then OK. */
export async function typeOnScreen(page: Page, dpad: Dpad, text: string): Promise<void> {
  for (const char of text) {
    await walkTo(page, dpad, page.locator(`hearth-keyboard [data-key="${char}"]`));
    await dpad.press('Ok');
  }
}

/** Picks a Chinese character from the pinyin candidate bar with the arrows and OK. */
export async function pickCandidate(page: Page, dpad: Dpad, char: string): Promise<void> {
  await walkTo(page, dpad, page.locator('hearth-keyboard .candidate', { hasText: char }));
  await dpad.press('Ok');
}

/** Presses a named key of the on-screen keyboard (done, delete, space…). */
export async function pressScreenKey(page: Page, dpad: Dpad, key: string): Promise<void> {
  await walkTo(page, dpad, page.locator(`hearth-keyboard [data-key="${key}"]`));
  await dpad.press('Ok');
}
