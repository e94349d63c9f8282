import { test, expect } from '../support/fixtures.js';
import { focused } from '../support/focus.js';
import type { Page } from '@playwright/test';

const LAB = `http://127.0.0.1:${Number(process.env.HEARTH_E2E_PORT ?? 4180) + 1}/focus-lab.html`;

async function openLab(page: Page): Promise<void> {
  await page.goto(LAB);
  await expect.poll(async () => (await focused(page))?.data.key).toBe('rail1-1');
}

async function key(page: Page): Promise<string | undefined> {
  return (await focused(page))?.data.key;
}

/** From the next page load on, count getBoundingClientRect calls; rectReads(page) reads it. */
async function countRectReads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = Element.prototype.getBoundingClientRect;
    (window as unknown as { rectReads: number }).rectReads = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      (window as unknown as { rectReads: number }).rectReads++;
      return original.call(this);
    };
  });
}

const rectReads = (page: Page) =>
  page.evaluate(() => (window as unknown as { rectReads: number }).rectReads);

test.describe('focus engine in the lab', () => {
  test('leave a rail at its 7th item, go elsewhere, come back: the 7th item', async ({
    page,
    dpad,
  }) => {
    await openLab(page);
    await dpad.press('Right', 6);
    expect(await key(page)).toBe('rail1-7');
    await dpad.press('Ok');
    await expect.poll(() => key(page)).toBe('other-1');
    await dpad.press('Back');
    await expect.poll(() => key(page)).toBe('rail1-7');
  });

  test('a rail remembers its item when focus comes back from another rail', async ({
    page,
    dpad,
  }) => {
    await openLab(page);
    await dpad.press('Right', 4);
    await dpad.press('Down');
    expect(await key(page)).toBe('rail2-5');
    await dpad.press('Right', 4);
    expect(await key(page)).toBe('rail2-9');
    await dpad.press('Up');
    // Back into rail 1 at its remembered 5th item, not at the nearest (9th).
    expect(await key(page)).toBe('rail1-5');
  });

  test('arrows cross two shadow roots and the item holds real DOM focus', async ({
    page,
    dpad,
  }) => {
    await openLab(page);
    await dpad.press('Down', 2);
    const now = await focused(page);
    expect(now?.data.key).toMatch(/^inner-/);
    expect(now?.hosts).toEqual(['LAB-APP', 'LAB-OUTER', 'LAB-INNER']);
    await dpad.press('Right');
    expect((await focused(page))?.data.key).toMatch(/^inner-[bc]$/);
  });

  test('a dialog layer owns every key until it closes, then focus returns', async ({
    page,
    dpad,
  }) => {
    await openLab(page);
    await dpad.press('Down');
    await dpad.press('Right', 2);
    expect(await key(page)).toBe('rail2-3');
    await dpad.press('Ok');
    await expect.poll(() => key(page)).toBe('dialog-ok');
    for (const dir of ['Up', 'Down', 'Left'] as const) {
      await dpad.press(dir);
      expect(await key(page)).toBe('dialog-ok');
    }
    await dpad.press('Right');
    expect(await key(page)).toBe('dialog-cancel');
    await dpad.press('Back');
    await expect.poll(() => key(page)).toBe('rail2-3');
  });

  test('keys pressed before a dialog has painted keep their moves', async ({ page, dpad }) => {
    await openLab(page);
    await dpad.press('Down');
    await dpad.press('Right', 2);
    // A busy TV: the dialog opens, but its first frame has not come yet.
    await page.evaluate(() => {
      const original = window.requestAnimationFrame.bind(window);
      const held: FrameRequestCallback[] = [];
      window.requestAnimationFrame = (callback) => held.push(callback);
      (window as unknown as { releaseFrames: () => void }).releaseFrames = () => {
        window.requestAnimationFrame = original;
        for (const callback of held) callback(performance.now());
      };
    });
    await dpad.press('Ok');
    await dpad.press('Right'); // brings the highlight into the dialog
    await dpad.press('Right');
    expect(await key(page)).toBe('dialog-cancel');
    await page.evaluate(() => {
      (window as unknown as { releaseFrames: () => void }).releaseFrames();
      return new Promise((done) => requestAnimationFrame(done));
    });
    // OK now would cancel, as the household chose, not confirm.
    expect(await key(page)).toBe('dialog-cancel');
  });

  test('a move and its opposite come back where they started, past tall and wide items', async ({
    page,
    dpad,
  }) => {
    await openLab(page);
    // Down the rails and the nested widget into the mosaic, to its second row.
    for (let i = 0; i < 8 && !(await key(page))?.startsWith('m-'); i++) await dpad.press('Down');
    for (let i = 0; i < 4 && (await key(page)) !== 'm-b'; i++) await dpad.press('Down');
    expect(await key(page)).toBe('m-b');
    // Right onto the two-row tile, Left: the tile of the row it came from.
    await dpad.press('Right');
    expect(await key(page)).toBe('m-tall');
    await dpad.press('Left');
    expect(await key(page)).toBe('m-b');
    // Down onto the wide tile from the tall one, Up: the tall one again.
    await dpad.press('Right');
    await dpad.press('Down');
    expect(await key(page)).toBe('m-wide');
    await dpad.press('Up');
    expect(await key(page)).toBe('m-tall');
    // From the first row, the same two presses come back to the first row.
    await dpad.press('Left');
    if ((await key(page)) === 'm-b') await dpad.press('Up');
    expect(await key(page)).toBe('m-a');
    await dpad.press('Right');
    expect(await key(page)).toBe('m-tall');
    await dpad.press('Left');
    expect(await key(page)).toBe('m-a');
  });

  test('a direction with nothing that way is shown, not silent', async ({ page, dpad }) => {
    await openLab(page);
    await dpad.press('Up');
    expect(await key(page)).toBe('rail1-1');
    const edges = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el as HTMLElement).dataset.edgeCount;
    });
    expect(edges).toBe('1');
  });

  test('a key press does not measure every candidate', async ({ page, dpad }) => {
    await countRectReads(page);
    await openLab(page);
    const candidates = await page.evaluate(() => {
      const count = (root: Document | ShadowRoot): number =>
        [...root.querySelectorAll('*')].reduce(
          (n, el) =>
            n +
            (el.classList.contains('focusable') ? 1 : 0) +
            (el.shadowRoot ? count(el.shadowRoot) : 0),
          0,
        );
      return count(document);
    });
    expect(candidates).toBeGreaterThan(20);
    // The first visit to each zone measures it once.
    await dpad.press('Down', 2);
    await dpad.press('Up', 2);
    const reads = () => rectReads(page);
    const before = await reads();
    await dpad.press('Right', 5);
    await dpad.press('Down'); // into rail 2 at its remembered first item
    await dpad.press('Right', 3);
    const perPress = ((await reads()) - before) / 9;
    expect(await key(page)).toBe('rail2-4');
    // Two fresh reads per move check the cached geometry; nothing else is measured.
    expect(perPress).toBeLessThanOrEqual(2);
    expect(perPress).toBeLessThan(candidates / 10);
  });

  test('Down walks room after room of a long scrolling list, and leaving a room measures only room boxes', async ({
    page,
    dpad,
  }) => {
    await countRectReads(page);
    await page.goto(`${LAB}#rooms`);
    await expect.poll(() => key(page)).toBe('room1-1');
    const reads = () => rectReads(page);
    // 20 rooms of 12 tiles, 4 to a row: three Downs cross a room, the fourth leaves it.
    const leaving: number[] = [];
    for (let room = 1; room < 20; room++) {
      await dpad.press('Down', 2);
      expect(await key(page)).toBe(`room${room}-9`);
      const before = await reads();
      await dpad.press('Down');
      expect(await key(page)).toBe(`room${room + 1}-1`);
      leaving.push((await reads()) - before);
    }
    // The tile on screen, scrolled to, in the same column it left.
    await dpad.press('Right', 2);
    expect(await key(page)).toBe('room20-3');
    const onScreen = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const r = (el as HTMLElement).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(onScreen).toBe(true);
    // Weighing the next room reads each room's box once and the tiles of the room entered,
    // never the 240 tiles of every room (each of those in a room out of sight is a layout).
    expect(Math.max(...leaving)).toBeLessThan(20 + 12 * 2 + 8);
  });

  test('a held arrow accelerates but never runs ahead of painting', async ({ page, dpad }) => {
    await page.addInitScript(() => {
      // Number every frame.
      const w = window as unknown as { frame: number };
      w.frame = 0;
      const tick = () => {
        w.frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await openLab(page);
    // Note the frame of each focus move, as the engine reports it.
    await page.evaluate(() => {
      const w = window as unknown as {
        frame: number;
        moveFrames: number[];
        labEngine: { onFocusChange(cb: () => void): void };
      };
      w.moveFrames = [];
      w.labEngine.onFocusChange(() => w.moveFrames.push(w.frame));
    });
    // 1.5 s of auto-repeat every 15 ms: about 100 repeats.
    await dpad.hold('Right', 1500, 15);
    const frames = await page.evaluate(
      () => (window as unknown as { moveFrames: number[] }).moveFrames,
    );
    const reached = Number((await key(page))?.split('-')[1]);
    expect(reached).toBe(frames.length + 1);
    // Throttled: far fewer moves than repeats, but the hold still travelled.
    expect(frames.length).toBeGreaterThan(4);
    expect(frames.length).toBeLessThan(40);
    // Never two moves in one frame: each move was painted before the next.
    expect(new Set(frames).size).toBe(frames.length);
  });

  test('the pointer moves focus by hovering, and the D-pad carries on from there', async ({
    page,
    dpad,
  }) => {
    await openLab(page);
    const target = page.locator('lab-app').locator('button[data-key="rail2-8"]');
    await target.hover();
    expect(await key(page)).toBe('rail2-8');
    await dpad.press('Right');
    expect(await key(page)).toBe('rail2-9');
  });
});
