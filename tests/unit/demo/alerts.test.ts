import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ENDPOINTS } from '@src/demo/endpoints';
import { MINUTE_MS } from '@src/demo/time';
import {
  ORIGIN,
  TUESDAY_MORNING,
  parseXml,
  startDemoServer,
  url,
  type DemoServer,
} from './demo-server';

const CAP = 'urn:oasis:names:tc:emergency:cap:1.2';
const ATOM = 'http://www.w3.org/2005/Atom';
const HOUSEHOLD = { lat: 39.93, lon: 116.45 };

let now = TUESDAY_MORNING;
let demo: DemoServer;
beforeAll(() => {
  demo = startDemoServer({ now: () => now });
});
beforeEach(() => {
  now = TUESDAY_MORNING;
  demo.reset({ now: () => now });
});
afterAll(() => demo.close());

interface Info {
  language: string;
  severity: string;
  urgency: string;
  event: string;
  expires: string;
  color: string | undefined;
  polygon: string;
  geocode: string;
}

interface CapDocument {
  identifier: string;
  sender: string;
  sent: string;
  status: string;
  msgType: string;
  scope: string;
  references: string | undefined;
  infos: Info[];
}

const child = (parent: Element, name: string): string | undefined =>
  [...parent.children].find((element) => element.localName === name)?.textContent ?? undefined;

async function feedLinks(): Promise<string[]> {
  const response = await fetch(url(DEMO_ENDPOINTS.alertsFeed));
  expect(response.headers.get('Content-Type')).toContain('application/atom+xml');
  const feed = parseXml(await response.text());
  expect(feed.documentElement.namespaceURI).toBe(ATOM);
  return [...feed.getElementsByTagName('entry')].map((entry) => {
    const link = [...entry.getElementsByTagName('link')][0];
    return new URL(link?.getAttribute('href') ?? '', url(DEMO_ENDPOINTS.alertsFeed)).href;
  });
}

async function fetchCap(href: string): Promise<CapDocument> {
  const response = await fetch(href);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toContain('application/cap+xml');
  const text = await response.text();
  expect(text).not.toContain('<!DOCTYPE');
  const root = parseXml(text).documentElement;
  expect(root.localName).toBe('alert');
  expect(root.namespaceURI).toBe(CAP);
  const infos = [...root.children]
    .filter((element) => element.localName === 'info')
    .map((info): Info => {
      const area = [...info.children].find((element) => element.localName === 'area');
      const parameter = [...info.children].find((element) => element.localName === 'parameter');
      const geocode = area && [...area.children].find((element) => element.localName === 'geocode');
      expect(info.namespaceURI).toBe(CAP);
      return {
        language: child(info, 'language') ?? '',
        severity: child(info, 'severity') ?? '',
        urgency: child(info, 'urgency') ?? '',
        event: child(info, 'event') ?? '',
        expires: child(info, 'expires') ?? '',
        color:
          parameter && child(parameter, 'valueName') === 'alertColor'
            ? child(parameter, 'value')
            : undefined,
        polygon: (area && child(area, 'polygon')) ?? '',
        geocode: geocode
          ? `${child(geocode, 'valueName') ?? ''}=${child(geocode, 'value') ?? ''}`
          : '',
      };
    });
  return {
    identifier: child(root, 'identifier') ?? '',
    sender: child(root, 'sender') ?? '',
    sent: child(root, 'sent') ?? '',
    status: child(root, 'status') ?? '',
    msgType: child(root, 'msgType') ?? '',
    scope: child(root, 'scope') ?? '',
    references: child(root, 'references'),
    infos,
  };
}

/** Ray casting over CAP's "lat,lon lat,lon …" polygon. */
function contains(polygon: string, point: { lat: number; lon: number }): boolean {
  const vertices = polygon
    .split(' ')
    .map((pair) => pair.split(',').map(Number) as [number, number]);
  let inside = false;
  for (let i = 0, j = vertices.length - 1; i < vertices.length; j = i, i += 1) {
    const [latI, lonI] = vertices[i] ?? [0, 0];
    const [latJ, lonJ] = vertices[j] ?? [0, 0];
    if (
      lonI > point.lon !== lonJ > point.lon &&
      point.lat < ((latJ - latI) * (point.lon - lonI)) / (lonJ - lonI) + latI
    ) {
      inside = !inside;
    }
  }
  return inside;
}

async function raise(
  body: unknown,
): Promise<{ status: number; body: { identifier: string; msgType: string; url: string } }> {
  const response = await fetch(url(DEMO_ENDPOINTS.alertsRaise), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { identifier: string; msgType: string; url: string },
  };
}

describe('demo CAP feed', () => {
  it('starts with one active yellow Moderate warning and one expired one', async () => {
    const links = await feedLinks();
    const alerts = await Promise.all(links.map(fetchCap));
    const active = alerts.filter((alert) => Date.parse(alert.infos[0]?.expires ?? '') > now);
    const expired = alerts.filter((alert) => Date.parse(alert.infos[0]?.expires ?? '') <= now);

    expect(links).toHaveLength(2);
    for (const link of links) expect(new URL(link).origin).toBe(ORIGIN);
    expect(active).toHaveLength(1);
    expect(expired).toHaveLength(1);
    expect(active[0]?.infos[0]).toMatchObject({
      severity: 'Moderate',
      color: '黄色',
      event: '暴雨预警',
    });
  });

  it('serves well-formed CAP 1.2 with a Chinese and an English info block around the household', async () => {
    for (const link of await feedLinks()) {
      const alert = await fetchCap(link);

      expect(alert).toMatchObject({ status: 'Actual', msgType: 'Alert', scope: 'Public' });
      expect(alert.identifier).not.toMatch(/[\s,<&]/);
      expect(alert.sender).not.toMatch(/[\s,<&]/);
      expect(alert.sent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(alert.infos.map((info) => info.language)).toEqual(['zh-CN', 'en']);
      for (const info of alert.infos) {
        expect(['蓝色', '黄色', '橙色', '红色']).toContain(info.color);
        expect(info.geocode).toBe('GB/T 2260=110105');
        expect(contains(info.polygon, HOUSEHOLD)).toBe(true);
        expect(info.polygon.split(' ')[0]).toBe(info.polygon.split(' ').pop());
      }
      expect(alert.infos[1]?.event).toMatch(/warning/i);
    }
  });

  it('raises a test alert, then updates and cancels it with references to the chain', async () => {
    now += MINUTE_MS;
    const raised = await raise({ severity: 'Extreme', kind: 'earthquake' });
    now += MINUTE_MS;
    const updated = await raise({ severity: 'Severe', update: raised.body.identifier });
    now += MINUTE_MS;
    const cancelled = await raise({ cancel: updated.body.identifier });

    const links = await feedLinks();
    const [first, second, third] = await Promise.all(
      [raised, updated, cancelled].map((answer) => fetchCap(url(answer.body.url))),
    );

    expect([raised.status, updated.status, cancelled.status]).toEqual([201, 201, 201]);
    expect(links).toHaveLength(5);
    expect(links[0]).toBe(url(cancelled.body.url));
    expect(first?.msgType).toBe('Alert');
    expect(first?.infos[0]).toMatchObject({
      severity: 'Extreme',
      color: '红色',
      urgency: 'Immediate',
      event: '地震预警',
    });
    expect(second?.msgType).toBe('Update');
    expect(second?.infos[0]).toMatchObject({ severity: 'Severe', color: '橙色' });
    expect(second?.references).toBe(
      `${first?.sender ?? ''},${first?.identifier ?? ''},${first?.sent ?? ''}`,
    );
    expect(third?.msgType).toBe('Cancel');
    expect(third?.references?.split(' ')).toEqual([
      `${first?.sender ?? ''},${first?.identifier ?? ''},${first?.sent ?? ''}`,
      `${second?.sender ?? ''},${second?.identifier ?? ''},${second?.sent ?? ''}`,
    ]);
    expect(third?.infos[0]?.urgency).toBe('Past');
  });

  it('refuses malformed raise requests', async () => {
    expect((await raise({ severity: 'Catastrophic' })).status).toBe(400);
    expect((await raise({ kind: 'rainstorm' })).status).toBe(400);
    expect((await raise({ severity: 'Minor', kind: 'volcano' })).status).toBe(400);
    expect((await raise({ cancel: 'no-such-alert' })).status).toBe(404);
  });

  it('answers 304 to a matching ETag until an alert is raised', async () => {
    const first = await fetch(url(DEMO_ENDPOINTS.alertsFeed));
    const etag = first.headers.get('ETag') ?? '';
    await first.text();

    const unchanged = await fetch(url(DEMO_ENDPOINTS.alertsFeed), {
      headers: { 'If-None-Match': etag },
    });
    await raise({ severity: 'Minor', kind: 'gale' });
    const changed = await fetch(url(DEMO_ENDPOINTS.alertsFeed), {
      headers: { 'If-None-Match': etag },
    });
    await changed.text();

    expect(unchanged.status).toBe(304);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(etag);
  });
});
