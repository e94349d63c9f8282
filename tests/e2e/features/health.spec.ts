/**
 * Telehealth on the embedded demo FHIR server, with the D-pad only: book a
 * time, see it in My appointments, cancel it with a reason, and the conflict
 * path when someone else takes the slot between choosing and confirming.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { openBehindNewPin } from '../support/pin.js';
import { focusTimeAhead, focusedData, moveTo, onScreen, screen } from '../support/health.js';
import type { Dpad } from '../support/dpad.js';

/** From the menu to the time grid of 李秀英 (全科, who works every weekday). */
async function chooseTime(page: Page, dpad: Dpad): Promise<string> {
  await openBehindNewPin(page, dpad, '/#/health');
  await onScreen(page, 'menu');
  expect(await focusedData(page, 'action')).toBe('book');
  await dpad.press('Ok');
  await onScreen(page, 'departments');
  expect(await focusedData(page, 'department')).toBe('HealthcareService/service-general');
  await dpad.press('Ok');
  await onScreen(page, 'doctors');
  await moveTo(page, dpad, 'Right', 'doctor', 'Practitioner/practitioner-li-xiuying');
  await dpad.press('Ok');
  await onScreen(page, 'days');
  expect(await focusedData(page, 'day')).toBeTruthy();
  await dpad.press('Ok');
  await onScreen(page, 'times');
  const slot = await focusTimeAhead(page, dpad);
  expect(slot).toMatch(/^Slot\/slot-li-xiuying-/);
  return slot;
}

/** Books a free time of 李秀英 (20 minutes ahead or more) and goes on to My appointments. */
async function bookAndListIt(page: Page, dpad: Dpad): Promise<void> {
  await chooseTime(page, dpad);
  await dpad.press('Ok');
  await onScreen(page, 'confirm');
  await dpad.press('Ok');
  await onScreen(page, 'booked');
  await dpad.press('Ok');
  await onScreen(page, 'appointments');
}

test('book with the D-pad, see it listed, cancel it with a reason', async ({
  page,
  dpad,
}, info) => {
  const slot = await chooseTime(page, dpad);
  await page.screenshot({ path: info.outputPath('times.png') });

  // Back steps back one screen inside the flow, and focus returns to what was picked.
  await dpad.press('Back');
  await onScreen(page, 'days');
  await dpad.press('Back');
  await onScreen(page, 'doctors');
  expect(await focusedData(page, 'doctor')).toBe('Practitioner/practitioner-li-xiuying');
  await dpad.press('Ok');
  await onScreen(page, 'days');
  await dpad.press('Ok');
  await onScreen(page, 'times');
  expect(await focusTimeAhead(page, dpad)).toBe(slot);

  await dpad.press('Ok');
  await onScreen(page, 'confirm');
  expect(await focusedData(page, 'action')).toBe('confirm');
  await expect(screen(page)).toContainText('李秀英');
  await page.screenshot({ path: info.outputPath('confirm.png') });
  await dpad.press('Ok');
  await onScreen(page, 'booked');
  await expect(screen(page)).toContainText('预约成功');
  await page.screenshot({ path: info.outputPath('booked.png') });

  // My appointments lists it.
  expect(await focusedData(page, 'action')).toBe('mine');
  await dpad.press('Ok');
  await onScreen(page, 'appointments');
  const row = page.locator('hearth-health .row[data-status="booked"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('李秀英');
  await page.screenshot({ path: info.outputPath('appointments.png') });

  // Cancel it, with a reason.
  expect(await focusedData(page, 'appointment')).toBeTruthy();
  await dpad.press('Ok');
  await onScreen(page, 'detail');
  expect(await focusedData(page, 'action')).toBe('cancel');
  await dpad.press('Ok');
  await onScreen(page, 'cancel');
  expect(await focusedData(page, 'reason')).toBe('pat-fb');
  await page.screenshot({ path: info.outputPath('cancel.png') });
  await dpad.press('Ok');
  await onScreen(page, 'cancelled');
  await expect(screen(page)).toContainText('预约已取消');
  await dpad.press('Ok');
  await onScreen(page, 'appointments');
  await expect(page.locator('hearth-health .row[data-status="cancelled"]')).toHaveCount(1);
  await expect(page.locator('hearth-health .row[data-status="booked"]')).toHaveCount(0);
});

test('a slot taken between choosing and confirming: the TV says so and offers the nearest free times', async ({
  page,
  dpad,
}, info) => {
  const slot = await chooseTime(page, dpad);
  await dpad.press('Ok');
  await onScreen(page, 'confirm');

  // Someone else books the same time a moment earlier.
  const taken = await page.evaluate(async (reference) => {
    const response = await fetch(`/demo-api/fhir/$demo-take-slot?slot=${reference}`, {
      method: 'POST',
    });
    return response.status;
  }, slot);
  expect(taken).toBe(200);

  await dpad.press('Ok');
  await onScreen(page, 'conflict');
  await expect(screen(page)).toContainText('刚刚被别人约走了');
  const offered = page.locator('hearth-health .screen [data-slot]');
  expect(await offered.count()).toBeGreaterThan(0);
  await expect(page.locator(`hearth-health .screen [data-slot="${slot}"]`)).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('conflict.png') });

  // OK on an offer books it (one 20 minutes ahead or more, like the first choice).
  const nearest = await focusTimeAhead(page, dpad);
  expect(nearest).toMatch(/^Slot\/slot-li-xiuying-/);
  expect(nearest).not.toBe(slot);
  await dpad.press('Ok');
  await onScreen(page, 'confirm');
  await dpad.press('Ok');
  await onScreen(page, 'booked');
  await expect(screen(page)).toContainText('预约成功');
});

test('offline, booking says why it cannot, and a cancellation waits in the outbox until online', async ({
  page,
  dpad,
  context,
}, info) => {
  await bookAndListIt(page, dpad);

  await context.setOffline(true);
  // Booking needs the live schedule: it says so, with a way to try again.
  await dpad.press('Back');
  await onScreen(page, 'menu');
  await dpad.press('Ok');
  await expect(screen(page)).toHaveAttribute('data-state', 'error');
  await expect(screen(page)).toContainText('网络已断开');
  expect(await focusedData(page, 'action')).toBe('retry');
  await page.screenshot({ path: info.outputPath('offline-booking.png') });
  await dpad.press('Back');
  await onScreen(page, 'menu');

  // Cancelling is queued. (The list was loaded before the network went.)
  await moveTo(page, dpad, 'Right', 'action', 'mine');
  await context.setOffline(false);
  await dpad.press('Ok');
  await onScreen(page, 'appointments');
  await context.setOffline(true);
  await dpad.press('Ok');
  await onScreen(page, 'detail');
  await dpad.press('Ok');
  await onScreen(page, 'cancel');
  await dpad.press('Ok');
  await onScreen(page, 'cancelled');
  await expect(screen(page)).toContainText('联网后会自动取消');
  await page.screenshot({ path: info.outputPath('offline-cancel.png') });
  const waiting = () =>
    page.evaluate(async () => (await window.hearthDemo?.listOutbox())?.length ?? -1);

  // (The demo server lives in the service worker, so the outbox may reach it even now.)
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect.poll(waiting, { timeout: 20_000 }).toBe(0);
  await dpad.press('Ok');
  await onScreen(page, 'appointments');
  await expect(page.locator('hearth-health .row[data-status="cancelled"]')).toHaveCount(1);
});

test('cancelling an appointment the hospital changed meanwhile does not cancel it: the TV says so and shows it as it is now', async ({
  page,
  dpad,
}, info) => {
  await bookAndListIt(page, dpad);
  const id = (await focusedData(page, 'appointment')) ?? '';
  expect(id).toBeTruthy();
  await dpad.press('Ok');
  await onScreen(page, 'detail');

  // The hospital moves the consultation room while the household looks at it.
  const changed = await page.evaluate(
    async (reference) => {
      const url = `/demo-api/fhir/${reference}`;
      const headers = {
        Authorization: 'Bearer demo-fhir-token',
        'Content-Type': 'application/fhir+json',
      };
      const current = await (await fetch(url, { headers })).json();
      current.comment = '诊室调整到二楼';
      const response = await fetch(url, { method: 'PUT', headers, body: JSON.stringify(current) });
      return response.status;
    },
    id.includes('/') ? id : `Appointment/${id}`,
  );
  expect(changed).toBe(200);

  await dpad.press('Ok');
  await onScreen(page, 'cancel');
  await dpad.press('Ok');
  await onScreen(page, 'appointments');
  await expect(screen(page)).toContainText('医院刚刚改动了这个预约，所以还没有取消');
  await expect(page.locator('[data-speech="assertive"]')).toContainText('还没有取消');
  await expect(page.locator('hearth-health .row[data-status="booked"]')).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('changed-meanwhile.png') });

  // Seen as it is now, it can be cancelled.
  await dpad.press('Ok');
  await onScreen(page, 'detail');
  await dpad.press('Ok');
  await onScreen(page, 'cancel');
  await dpad.press('Ok');
  await onScreen(page, 'cancelled');
});
