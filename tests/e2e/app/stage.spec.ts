import { test, expect } from '../support/fixtures.js';
import { openHearth } from '../support/focus.js';

const sizes = [
  { width: 1920, height: 1080, scale: 1 },
  { width: 1280, height: 720, scale: 2 / 3 },
  { width: 3840, height: 2160, scale: 2 },
  // Odd sizes are letterboxed: the stage keeps 16:9 and is centred.
  { width: 1000, height: 1000, scale: 1000 / 1920 },
  { width: 2560, height: 1080, scale: 1 },
];

for (const { width, height, scale } of sizes) {
  test(`the 1920×1080 stage fills a ${width}×${height} screen, centred, with title-safe margins`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width, height });
    await openHearth(page);
    const box = await page.locator('hearth-app').locator('.stage').boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.width).toBeCloseTo(1920 * scale, 0);
    expect(box.height).toBeCloseTo(1080 * scale, 0);
    expect(box.x).toBeCloseTo((width - box.width) / 2, 0);
    expect(box.y).toBeCloseTo((height - box.height) / 2, 0);
    const safe = await page.locator('hearth-app').locator('.safe').boundingBox();
    expect(safe?.x).toBeCloseTo(box.x + 96 * scale, 0);
    expect(safe?.y).toBeCloseTo(box.y + 54 * scale, 0);
    await page.screenshot({ path: info.outputPath(`stage-${width}x${height}.png`) });
  });
}

test('the top bar shows the clock in the configured time zone and the network state', async ({
  page,
  context,
}) => {
  await page.clock.setFixedTime(new Date('2026-03-01T04:05:00Z'));
  // The fake clock also fakes the performance timeline, so wait on the screen itself.
  await page.goto('/');
  // 04:05 UTC is 12:05 in Asia/Shanghai, the default zone.
  await expect(page.locator('hearth-clock')).toContainText('12:05');
  await expect(page.locator('hearth-network-status')).toContainText('已联网');
  await context.setOffline(true);
  await expect(page.locator('hearth-network-status')).toContainText('网络已断开');
  await context.setOffline(false);
  await expect(page.locator('hearth-network-status')).toContainText('已联网');
});
