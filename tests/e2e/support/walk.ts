/**
 * Moving focus to something on screen the way a person does: look where it is
 * and press the arrow towards it (a row at a time, then along the row), until
 * it holds focus. Fails when it cannot be reached in `maxPresses`.
 */
import type { Locator, Page } from '@playwright/test';
import type { Direction } from '@src/focus/logical-key.js';
import type { Dpad } from './dpad.js';

/** The focused element's box, once something holds focus (a new screen gives it a moment later). */
async function focusedRect(page: Page) {
  const handle = await page.waitForFunction(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
  return (await handle.jsonValue()) as { top: number; bottom: number; left: number; right: number };
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
  await one.waitFor({ state: 'visible', timeout: 15_000 });
  let detour = false;
  for (let step = 0; step < maxPresses; step++) {
    const from = await focusedRect(page);
    if (await holdsFocus(one)) return;
    const to = await one.boundingBox();
    if (!to) throw new Error('the target is not on screen');
    const midY = to.y + to.height / 2;
    const midX = to.x + to.width / 2;
    // A way to go only while the target lies wholly beyond the focus that way
    // (a wide key's centre may fall in the gap between two narrow ones).
    const vertical: Direction | null =
      to.y + to.height <= from.top ? 'Up' : to.y >= from.bottom ? 'Down' : null;
    const horizontal: Direction | null =
      to.x + to.width <= from.left ? 'Left' : to.x >= from.right ? 'Right' : null;
    const dx = horizontal ? Math.abs(midX - (from.left + from.right) / 2) : 0;
    const dy = vertical ? Math.abs(midY - (from.top + from.bottom) / 2) : 0;
    // Along the longer way first; the other way after a press that brought
    // focus no nearer (a wall, or a move off to the side).
    let key = (dx > dy ? horizontal : vertical) ?? horizontal ?? vertical;
    if (detour) key = (key === horizontal ? vertical : horizontal) ?? key;
    if (!key) {
      // Focus is still on the screen being replaced, where the target now is: wait for it.
      await page.waitForTimeout(100);
      continue;
    }
    await dpad.press(key);
    const after = await focusedRect(page);
    detour = centreDistance(after, midX, midY) >= centreDistance(from, midX, midY);
  }
  throw new Error(`could not reach the target in ${maxPresses} presses`);
}

function centreDistance(
  r: { top: number; bottom: number; left: number; right: number },
  x: number,
  y: number,
) {
  return Math.hypot((r.left + r.right) / 2 - x, (r.top + r.bottom) / 2 - y);
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
