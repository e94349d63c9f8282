/**
 * Early warnings when the operator's CAP server misbehaves: no single failure may
 * silence the rest. The index comes from a relative feed address (as docs/config.md
 * allows); the alerts it lists come from a real loopback server that answers one of
 * them 503 and never answers another, then recovers.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '../support/fixtures.js';
import { openHearthOnPageClock, pageTimeUntil } from '../support/page-clock.js';

const CAP = 'urn:oasis:names:tc:emergency:cap:1.2';

function cap(id: string, headline: string): string {
  const now = new Date();
  const expires = new Date(now.getTime() + 3600_000).toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="${CAP}">
  <identifier>${id}</identifier><sender>trouble@example.org</sender>
  <sent>${now.toISOString()}</sent><status>Actual</status>
  <msgType>Alert</msgType><scope>Public</scope>
  <info><language>zh-CN</language><category>Met</category><event>大风预警</event>
    <urgency>Expected</urgency><severity>Moderate</severity><certainty>Likely</certainty>
    <expires>${expires}</expires><headline>${headline}</headline>
    <area><areaDesc>朝阳区</areaDesc><geocode><valueName>GB/T 2260</valueName><value>110105</value></geocode></area>
  </info>
</alert>`;
}

const HEADLINES = {
  steady: '测试预警：一直正常',
  down: '测试预警：先是 503',
  stuck: '测试预警：先是不答',
};

test('alerts an index lists arrive even when some of them fail or hang, and the rest once the server recovers', async ({
  page,
  context,
}, info) => {
  let broken = true;
  let stuckSince: number | undefined;
  const hung: ServerResponse[] = [];
  const asks = { steady: 0, down: 0, stuck: 0 };
  const server = createServer((req, res) => {
    const id = /\/cap\/(\w+)\.xml$/.exec(req.url ?? '')?.[1] as keyof typeof HEADLINES | undefined;
    const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/xml' };
    if (!id || !(id in HEADLINES)) {
      res.writeHead(404, headers).end();
      return;
    }
    asks[id]++;
    if (broken && id === 'down') {
      res.writeHead(503, { ...headers, 'Retry-After': '5' }).end();
      return;
    }
    if (broken && id === 'stuck') {
      stuckSince ??= Date.now();
      hung.push(res); // never answered
      return;
    }
    res.writeHead(200, headers).end(cap(id, HEADLINES[id]));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // The index sits beside the portal (a relative feed address); its links are absolute.
    const index = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">
      <id>urn:trouble</id><title>预警</title><updated>2026-12-06T00:00:00Z</updated>
      ${['stuck', 'down', 'steady']
        .map(
          (id) =>
            `<entry><id>${id}</id><title>${id}</title><updated>2026-12-06T00:00:00Z</updated><link href="${origin}/cap/${id}.xml"/></entry>`,
        )
        .join('')}</feed>`;
    await context.route(
      (url) => url.pathname === '/cap/index.atom',
      (route) => route.fulfill({ body: index, contentType: 'application/atom+xml' }),
    );
    await context.route(
      (url) => url.pathname === '/alerts-test.json',
      (route) =>
        route.fulfill({
          json: {
            operator: { name: 'Hearth', theme: { accent: '#e8a33d' } },
            location: { regionCode: '110105' },
            features: ['alerts', 'settings'],
            sources: { alerts: { feedUrls: ['/cap/index.atom'], pollSeconds: 10 } },
          },
        }),
    );
    // The page clock is moved on past the hung request's time limit and the polls.
    await openHearthOnPageClock(page, '/?config=/alerts-test.json#/alerts');
    const list = page.locator('hearth-alert-list');
    // The alert that answers is on screen while the others fail, and well before the
    // hung request's 20 s limit could have ended the poll.
    await expect(list).toContainText(HEADLINES.steady, { timeout: 30_000 });
    expect(stuckSince, 'the hung alert was asked for').toBeDefined();
    expect(Date.now() - (stuckSince ?? 0)).toBeLessThan(15_000);
    await expect(list).not.toContainText(HEADLINES.down);
    await page.screenshot({ path: info.outputPath('one-of-three.png') });
    // The server recovers; the index is unchanged, yet the missing alerts come.
    broken = false;
    const downAsks = asks.down;
    const shown = (headline: string) => async () =>
      (await list.filter({ hasText: headline }).count()) > 0;
    // The poll under way waits out the hung request's 20 s limit; the next, 10 s
    // later, asks again and shows what it gets.
    await pageTimeUntil(page, shown(HEADLINES.down));
    expect(asks.down, 'the first ask after the server recovered brings it').toBe(downAsks + 1);
    await expect(list).toContainText(HEADLINES.stuck);
    await page.screenshot({ path: info.outputPath('all-three.png') });
  } finally {
    for (const res of hung) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});
