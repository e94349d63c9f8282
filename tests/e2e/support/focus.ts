/**
 * What the user sees as focused: the deepest active element across shadow
 * roots, described the way a test can assert on it.
 */
import { expect, type Page } from '@playwright/test';

export interface FocusedInfo {
  tag: string;
  text: string;
  label: string | null;
  role: string | null;
  data: Record<string, string | undefined>;
  /** Host chain from the document down, e.g. ['HEARTH-APP', 'HEARTH-SETTINGS', …]. */
  hosts: string[];
}

export async function focused(page: Page): Promise<FocusedInfo | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const hosts: string[] = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.tagName);
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const h = el as HTMLElement;
    return {
      tag: h.tagName,
      text: (h.innerText || h.textContent || '').replace(/\s+/g, ' ').trim(),
      label: h.getAttribute('aria-label'),
      role: h.getAttribute('role'),
      data: { ...h.dataset },
      hosts,
    };
  });
}

/**
 * Waits until focus is inside `host` (a tag name, e.g. 'HEARTH-DATE-PICKER'), as a
 * person waits to see focus on what opened before pressing keys at it: on a busy
 * machine it lands a moment after the element appears.
 */
export async function focusWithin(page: Page, host: string): Promise<void> {
  await expect.poll(async () => (await focused(page))?.hosts ?? []).toContain(host);
}

/** Open the portal and wait until something holds focus. */
export async function openHearth(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
}

/** Live TV holds focus (its channel list loads first: a few seconds on a busy machine). */
export async function liveTvFocused(page: Page): Promise<void> {
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 15_000 });
}

/** Text of the polite live region (what a screen reader was last told). */
export async function spoken(page: Page): Promise<string> {
  return (await page.locator('[data-speech="polite"]').textContent()) ?? '';
}

/**
 * Walk the home screen's tiles in reading order with arrows only (Right to the
 * row's end, then Down and Left back to the row's start) until `area` has focus.
 */
export async function focusTile(
  page: Page,
  dpad: { press: (key: 'Right' | 'Down' | 'Left') => Promise<void> },
  area: string,
): Promise<void> {
  const current = async () => (await focused(page))?.data.area;
  for (let step = 0; step < 30 && (await current()) !== area; step++) {
    const before = await current();
    await dpad.press('Right');
    if ((await current()) !== before) continue;
    await dpad.press('Down');
    for (let i = 0; i < 8; i++) {
      const at = await current();
      if (at === area) return;
      await dpad.press('Left');
      if ((await current()) === at) break;
    }
  }
}
