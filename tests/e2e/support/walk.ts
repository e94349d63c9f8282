/**
 * Moving focus to something on screen the way a person does: look where it is
 * and press the arrow towards it (a row at a time, then along the row), until
 * it holds focus. Fails when it cannot be reached in `maxPresses`.
 */
import type { Locator, Page } from '@playwright/test';
import type { Direction } from '@src/focus/logical-key.js';
import type { Dpad } from './dpad.js';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * What a person sees before the next press, in one look (one round trip to the
 * page): the focused element's box (null while nothing holds focus: a new
 * screen gives it a moment later), the target's, and whether the target holds focus.
 */
function look(target: Locator) {
  return target.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return {
      holds: active === el,
      focused: active && active !== document.body ? box(active) : null,
      target: box(el),
    };
  });
}

export async function holdsFocus(target: Locator): Promise<boolean> {
  return (await look(target)).holds;
}

export async function walkTo(page: Page, dpad: Dpad, target: Locator, maxPresses = 40) {
  const one = target.first();
  await one.waitFor({ state: 'visible', timeout: 15_000 });
  let detour = false;
  let waits = 0;
  let seen = await look(one);
  for (let step = 0; step < maxPresses; step++) {
    if (seen.holds) return;
    const from = seen.focused;
    const to = seen.target;
    if (!from) {
      // Nothing holds focus yet: the screen is still being replaced (for up to 10 s).
      if (++waits > 200) throw new Error('nothing took focus on the way to the target');
      await page.waitForTimeout(50);
      seen = await look(one);
      step--;
      continue;
    }
    const midY = (to.top + to.bottom) / 2;
    const midX = (to.left + to.right) / 2;
    // A way to go only while the target lies wholly beyond the focus that way
    // (a wide key's centre may fall in the gap between two narrow ones).
    const vertical: Direction | null =
      to.bottom <= from.top ? 'Up' : to.top >= from.bottom ? 'Down' : null;
    const horizontal: Direction | null =
      to.right <= from.left ? 'Left' : to.left >= from.right ? 'Right' : null;
    const dx = horizontal ? Math.abs(midX - (from.left + from.right) / 2) : 0;
    const dy = vertical ? Math.abs(midY - (from.top + from.bottom) / 2) : 0;
    // Along the longer way first; the other way after a press that brought
    // focus no nearer (a wall, or a move off to the side).
    let key = (dx > dy ? horizontal : vertical) ?? horizontal ?? vertical;
    if (detour) key = (key === horizontal ? vertical : horizontal) ?? key;
    if (!key) {
      // Focus is still on the screen being replaced, where the target now is: wait for it.
      await page.waitForTimeout(100);
      seen = await look(one);
      continue;
    }
    await dpad.press(key);
    seen = await look(one);
    const after = seen.focused ?? from;
    detour = centreDistance(after, midX, midY) >= centreDistance(from, midX, midY);
  }
  if (seen.holds) return;
  throw new Error(`could not reach the target in ${maxPresses} presses`);
}

function centreDistance(r: Box, x: number, y: number) {
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
