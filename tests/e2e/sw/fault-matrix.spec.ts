import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { startFaultServer, type Fault } from '../support/fault-server.js';
import {
  publishNewVersion,
  queueSubmission,
  serveCopy,
  stopServiceWorkers,
  waitForController,
} from './support.js';

const FAULTS: Fault[] = ['ok', '500', '503', 'hang', 'drop'];

/**
 * What waits in a tab's outbox, as the household's list shows it; null while the tab is
 * still starting (the new version reloads both tabs): not knowing is not "nothing waits".
 */
function outboxOf(page: Page) {
  return page.evaluate(async () => {
    const items = await window.hearthDemo?.listOutbox();
    return items ? items.map((item) => ({ label: item.label, state: item.state })) : null;
  });
}

// Two tabs queue submissions and a cancellation offline; the worker is stopped,
// the network comes back into a server that answers 500, 503 with Retry-After,
// hangs, and loses answers after storing; a new version of the worker arrives
// while a try hangs. Every item must arrive exactly once, and none may be shown
// as refused on the way.
test('fault matrix: every submission and cancellation arrives exactly once, none shown as refused', async ({
  page,
  context,
}, info) => {
  // The hung try is given up after 30 s, and a try the update cut off is taken
  // up again a minute after it began: the slowest path is about 90 s.
  test.setTimeout(180_000);
  const site = await serveCopy();
  const server = await startFaultServer();
  try {
    await page.goto(site.url);
    await waitForController(page);
    const second = await context.newPage();
    await second.goto(site.url);
    await waitForController(second);

    await context.setOffline(true);
    for (const [i, fault] of FAULTS.entries()) {
      await queueSubmission(i % 2 ? second : page, server.submitUrl(fault), `申请 ${fault}`);
    }
    const appointment = server.appointmentUrl('a1');
    await second.evaluate(
      async ([url]) =>
        window.hearthDemo?.enqueue({
          label: '取消预约 a1',
          url,
          method: 'PUT',
          headers: { 'Content-Type': 'application/fhir+json', 'If-Match': 'W/"1"' },
          body: { resourceType: 'Appointment', id: 'a1', status: 'cancelled' },
          doneWhenRefused: { field: 'status', equals: 'cancelled' },
        }),
      [appointment] as const,
    );
    const indicator = (tab: Page) => tab.locator('hearth-outbox-indicator').locator('button');
    await expect(indicator(page)).toContainText('6 个等待发送');
    await expect(indicator(second)).toContainText('6 个等待发送');
    expect(server.tries.size).toBe(0);

    // The worker stops (the browser reclaims it) while everything waits.
    await stopServiceWorkers(context, page);
    await context.setOffline(false);
    await page.reload();
    await waitForController(page);
    // Playwright emulates the network per target: a worker that started again
    // while that word was in flight was seen to stay offline (every fetch failing
    // while the page was online). Saying "online" once more reaches the running
    // worker; the page's 'online' asks it to send what waits, as a TV's would.
    await context.setOffline(true);
    await context.setOffline(false);
    // A new version arrives while the hung try is in flight.
    await expect.poll(() => server.tries.get('/submit/hang') ?? 0, { timeout: 30_000 }).toBe(1);
    const reloaded = page.waitForEvent('load');
    await publishNewVersion(page, site.dir);
    await reloaded;
    await waitForController(page);

    const refusedSeen: string[] = [];
    await expect
      .poll(
        async () => {
          const tabs = [await outboxOf(page), await outboxOf(second)];
          if (tabs.includes(null)) return 'a tab is starting';
          const waiting = tabs.flatMap((items) => items ?? []);
          refusedSeen.push(...waiting.filter((i) => i.state === 'failed').map((i) => i.label));
          return waiting.length;
        },
        { timeout: 150_000, intervals: [1000] },
      )
      .toBe(0);
    expect(refusedSeen, 'items shown as refused on the way').toEqual([]);
    await expect(indicator(page)).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('fault-matrix-done.png') });

    // Exactly once: five submissions under five keys, the cancellation written once.
    expect(server.stored.size).toBe(5);
    expect([...server.stored.values()].every((body) => JSON.stringify(body).includes('张三'))).toBe(
      true,
    );
    expect(server.appointments.get('a1')).toEqual({ status: 'cancelled', version: 2 });
    expect(server.appointmentWrites).toBe(1);
    for (const fault of ['500', '503', 'drop'] as const) {
      expect(server.tries.get(`/submit/${fault}`), `${fault} was tried again`).toBeGreaterThan(1);
    }
  } finally {
    await server.stop();
    await site.close();
  }
});
