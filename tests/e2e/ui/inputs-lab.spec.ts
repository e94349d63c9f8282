import { test, expect } from '../support/fixtures.js';
import { focused } from '../support/focus.js';
import type { Dpad } from '../support/dpad.js';
import type { Page } from '@playwright/test';

const LAB = `http://127.0.0.1:${Number(process.env.HEARTH_E2E_PORT ?? 4180) + 1}/inputs-lab.html`;

async function openWidget(page: Page, widget: string): Promise<void> {
  await page.goto(`${LAB}?w=${widget}`);
  await expect.poll(async () => (await focused(page))?.tag).toBeTruthy();
}

const focusedKey = async (page: Page) => (await focused(page))?.data.key;
const log = (page: Page) => page.locator('#log');
/** The pinyin table loads lazily: candidates appear once it is there. */
const firstCandidate = (page: Page) => page.locator('hearth-keyboard .candidate').first();
const keyboardValue = (page: Page) =>
  page.evaluate(() => {
    const lab = document.querySelector('inputs-lab');
    return lab?.shadowRoot?.querySelector('hearth-keyboard')?.value;
  });

/** Walks to a key with the arrows only, a row at a time, then along the row. */
async function goTo(page: Page, dpad: Dpad, key: string): Promise<void> {
  const target = page.locator(`hearth-keyboard [data-key="${key}"]`);
  for (let step = 0; step < 30; step++) {
    if ((await focusedKey(page)) === key) return;
    const to = await target.boundingBox();
    const from = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const r = (el as HTMLElement).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
    if (!to) throw new Error(`no key ${key}`);
    const midY = to.y + to.height / 2;
    const midX = to.x + to.width / 2;
    if (midY < from.top) await dpad.press('Up');
    else if (midY > from.bottom) await dpad.press('Down');
    else await dpad.press(midX < from.left ? 'Left' : 'Right');
  }
  throw new Error(`could not reach ${key}; at ${await focusedKey(page)}`);
}

/** Types letters on the on-screen keys: arrows to each, then OK. */
async function typeOnScreen(page: Page, dpad: Dpad, letters: string): Promise<void> {
  for (const letter of letters) {
    await goTo(page, dpad, letter);
    await dpad.press('Ok');
  }
}

/** The candidate key (cand-n) that shows `char`. */
async function candidateKey(page: Page, char: string): Promise<string> {
  const button = page.locator('hearth-keyboard .candidate', { hasText: char }).first();
  await expect(button).toBeVisible();
  return (await button.getAttribute('data-key')) ?? '';
}

test.describe('on-screen keyboard', () => {
  test('types 张三 in pinyin with the arrows and OK only', async ({ page, dpad }) => {
    await openWidget(page, 'pinyin');
    await typeOnScreen(page, dpad, 'zhang');
    await expect(page.locator('hearth-keyboard .buffer')).toHaveText('zhang');
    await goTo(page, dpad, await candidateKey(page, '张'));
    await dpad.press('Ok');
    await expect.poll(() => keyboardValue(page)).toBe('张');
    // The bar emptied under the focus: it went back to the keys, where it was.
    await expect.poll(() => focusedKey(page)).toBe('g');
    await typeOnScreen(page, dpad, 'san');
    await goTo(page, dpad, await candidateKey(page, '三'));
    await dpad.press('Ok');
    await goTo(page, dpad, 'done');
    await dpad.press('Ok');
    await expect(log(page)).toHaveText('hearth-done {"value":"张三"}');
  });

  test('types 张三 in pinyin on a physical keyboard: number and space keys pick', async ({
    page,
  }) => {
    await openWidget(page, 'pinyin');
    await page.keyboard.type('zhangsan');
    await expect(firstCandidate(page)).toContainText('张');
    await page.keyboard.press('1');
    await expect(page.locator('hearth-keyboard .buffer')).toHaveText('san');
    await page.keyboard.press(' ');
    await expect.poll(() => keyboardValue(page)).toBe('张三');
    await expect(log(page)).toHaveText('hearth-input {"value":"张三"}');
  });

  test('Backspace deletes the pinyin letters first, then the text, then leaves to the page', async ({
    page,
  }) => {
    await openWidget(page, 'pinyin');
    await page.keyboard.type('wo');
    await expect(firstCandidate(page)).toContainText('我');
    await page.keyboard.press('1');
    await page.keyboard.type('m');
    await page.keyboard.press('Backspace');
    await expect(page.locator('hearth-keyboard .buffer')).toHaveText('');
    expect(await keyboardValue(page)).toBe('我');
    await page.keyboard.press('Backspace');
    await expect.poll(() => keyboardValue(page)).toBe('');
    await page.keyboard.press('Backspace');
    await expect(log(page)).toHaveText('back');
  });

  test('Left and Right past the ends of the candidate bar turn its page', async ({
    page,
    dpad,
  }) => {
    await openWidget(page, 'pinyin');
    await page.keyboard.type('zh');
    await expect(firstCandidate(page)).toBeVisible();
    const firstPage = await page.locator('hearth-keyboard .candidate').allTextContents();
    await goTo(page, dpad, 'cand-9');
    await dpad.press('Right');
    await expect.poll(() => focusedKey(page)).toBe('cand-1');
    const secondPage = await page.locator('hearth-keyboard .candidate').allTextContents();
    expect(secondPage).not.toEqual(firstPage);
    await dpad.press('Left');
    await expect.poll(() => focusedKey(page)).toBe('cand-9');
    expect(await page.locator('hearth-keyboard .candidate').allTextContents()).toEqual(firstPage);
  });

  test('中/英 switches the pinyin keyboard to letters and digits, and back', async ({
    page,
    dpad,
  }) => {
    await openWidget(page, 'pinyin');
    await goTo(page, dpad, 'lang');
    await dpad.press('Ok');
    await expect(page.locator('hearth-keyboard [data-key="7"]')).toBeVisible();
    // The keys were redrawn; focus followed the 中/英 key.
    await expect.poll(() => focusedKey(page)).toBe('lang');
    await page.keyboard.type('Li');
    await expect.poll(() => keyboardValue(page)).toBe('Li');
    await goTo(page, dpad, 'lang');
    await dpad.press('Ok');
    await page.keyboard.type('wo');
    await expect(firstCandidate(page)).toContainText('我');
    await dpad.press('Digit1');
    await expect.poll(() => keyboardValue(page)).toBe('Li我');
  });

  test('更多 turns the candidate page from the keys', async ({ page, dpad }) => {
    await openWidget(page, 'pinyin');
    await page.keyboard.type('shi');
    await expect(firstCandidate(page)).toContainText('是');
    const firstPage = await page.locator('hearth-keyboard .candidate').allTextContents();
    await goTo(page, dpad, 'more');
    await dpad.press('Ok');
    await expect(page.locator('hearth-keyboard .candidate')).not.toHaveText(firstPage);
    await dpad.press('Digit1');
    await expect.poll(() => keyboardValue(page)).not.toBe('是');
    // Nothing left to page through: 更多 is disabled and focus steps to its neighbour.
    await expect(page.locator('hearth-keyboard [data-key="more"]')).toBeDisabled();
    await expect.poll(() => focusedKey(page)).toBe('。');
  });

  test('an ID number takes the number keys and X, refuses other letters and stops at 18', async ({
    page,
    dpad,
  }) => {
    await openWidget(page, 'id');
    for (const digit of '11010519491231002') await dpad.press(`Digit${digit}` as 'Digit0');
    await page.keyboard.type('ab');
    await goTo(page, dpad, 'X');
    await dpad.press('Ok');
    await dpad.press('Digit5');
    await expect.poll(() => keyboardValue(page)).toBe('11010519491231002X');
    await expect(page.locator('hearth-keyboard .display')).toContainText('11010519491231002X');
  });

  test('a credit code upper-cases letters and refuses I, O, Z, S and V', async ({ page }) => {
    await openWidget(page, 'code');
    await page.keyboard.type('91a1s0o00z9v');
    await expect.poll(() => keyboardValue(page)).toBe('91A10009');
  });

  test('a physical keyboard types into the latin layout and the arrows still move', async ({
    page,
    dpad,
  }) => {
    await openWidget(page, 'latin');
    await page.keyboard.type('Li.Ming@example.org');
    await expect.poll(() => keyboardValue(page)).toBe('Li.Ming@example.org');
    const before = await focusedKey(page);
    await dpad.press('Right');
    expect(await focusedKey(page)).not.toBe(before);
    await page.keyboard.press('Backspace');
    await expect.poll(() => keyboardValue(page)).toBe('Li.Ming@example.or');
  });
});

test.describe('date picker', () => {
  const dial = (page: Page, part: string) =>
    page.locator(`hearth-date-picker [data-part="${part}"]`);

  test('typing 1949 10 31 on the number keys fills the dials in turn', async ({ page, dpad }) => {
    await openWidget(page, 'date');
    for (const digit of '19491031') await dpad.press(`Digit${digit}` as 'Digit0');
    await expect(log(page)).toHaveText('hearth-input {"value":"1949-10-31"}');
    expect((await focused(page))?.data.part).toBe('day');
  });

  test('holding Up keeps turning the year', async ({ page, dpad }) => {
    await openWidget(page, 'date');
    // Two seconds: on a busy 2-core machine one second gave exactly five steps.
    await dpad.hold('Up', 2000, 30);
    expect(Number(await dial(page, 'year').textContent())).toBeGreaterThan(1955);
  });

  test('Up and Down turn a dial, and the day shrinks to fit a shorter month', async ({
    page,
    dpad,
  }) => {
    await openWidget(page, 'date');
    await dpad.press('Up'); // starts at the lab's start date, 1950-01-01, one year on
    await expect(dial(page, 'year')).toHaveText('1951');
    await dpad.press('Right', 2);
    await dpad.press('Down'); // 1 January → 31 January
    await expect(log(page)).toHaveText('hearth-input {"value":"1951-01-31"}');
    await dpad.press('Left');
    await dpad.press('Up'); // February 1951 has 28 days
    await expect(log(page)).toHaveText('hearth-input {"value":"1951-02-28"}');
    await expect(dial(page, 'day')).toHaveAttribute('aria-valuemax', '28');
  });
});

test('region picker: 北京市 / 市辖区 / 朝阳区 with the D-pad', async ({ page, dpad }) => {
  await openWidget(page, 'region');
  await expect.poll(async () => (await focused(page))?.text).toBe('北京市');
  await dpad.press('Ok');
  await expect.poll(async () => (await focused(page))?.text).toBe('市辖区');
  await dpad.press('Ok');
  await expect.poll(async () => (await focused(page))?.text).toBe('东城区');
  await dpad.press('Down', 2);
  expect((await focused(page))?.text).toBe('朝阳区');
  await dpad.press('Ok');
  await expect(log(page)).toHaveText(
    'hearth-input {"value":"110105","path":["北京市","市辖区","朝阳区"]}',
  );
  await expect(page.locator('hearth-region-picker [data-code="110105"]')).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('choice lists: focus passes a disabled option by; OK picks or ticks', async ({
  page,
  dpad,
}) => {
  await openWidget(page, 'choice');
  expect((await focused(page))?.data.value).toBe('online');
  await dpad.press('Down');
  expect((await focused(page))?.data.value).toBe('counter');
  await dpad.press('Ok');
  await expect(log(page)).toHaveText('hearth-input {"value":"counter","values":["counter"]}');
  await expect(page.locator('[list-id="single"] [data-value="online"]')).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await dpad.press('Right'); // a checkbox list is entered at its first option
  expect((await focused(page))?.data.value).toBe('large');
  await dpad.press('Ok');
  await dpad.press('Down');
  await dpad.press('Ok');
  await expect(log(page)).toHaveText('hearth-input {"value":"home","values":["large","home"]}');
  await expect(page.locator('[list-id="multi"] [aria-checked="true"]')).toHaveCount(2);
});
