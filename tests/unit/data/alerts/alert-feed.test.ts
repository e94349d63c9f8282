import { afterEach, describe, expect, it } from 'vitest';
import { AlertFeed } from '../../../../src/data/alerts/alert-feed.js';

const BASE = 'http://alerts.example.org/';
const CAP = 'urn:oasis:names:tc:emergency:cap:1.2';

function cap(id: string, opts: { msgType?: string; references?: string; area?: string } = {}) {
  const now = new Date();
  const expires = new Date(now.getTime() + 3600_000).toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="${CAP}">
  <identifier>${id}</identifier><sender>test@example.org</sender>
  <sent>${now.toISOString()}</sent><status>Actual</status>
  <msgType>${opts.msgType ?? 'Alert'}</msgType><scope>Public</scope>
  ${opts.references ? `<references>${opts.references}</references>` : ''}
  <info><language>zh-CN</language><category>Met</category><event>暴雨预警</event>
    <urgency>Immediate</urgency><severity>Severe</severity><certainty>Likely</certainty>
    <expires>${expires}</expires><headline>${id}</headline>
    <area><areaDesc>test</areaDesc>${opts.area ?? '<geocode><valueName>GB/T 2260</valueName><value>110105</value></geocode>'}</area>
  </info>
</alert>`;
}

function atom(ids: string[]) {
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:test</id><title>t</title><updated>2026-11-24T00:00:00Z</updated>
  ${ids.map((id) => `<entry><id>${id}</id><title>${id}</title><updated>2026-11-24T00:00:00Z</updated><link href="cap/${id}.xml"/></entry>`).join('')}
  </feed>`;
}

/** A fake CAP server: an index, alert documents, ETags, and a request log. */
function server(initial: Record<string, string>) {
  const files = new Map(Object.entries(initial));
  const log: string[] = [];
  let down = false;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    log.push(url);
    if (down) throw new TypeError('Failed to fetch');
    const body = files.get(url);
    if (body === undefined) return new Response('missing', { status: 404 });
    const etag = `"${body.length}-${[...body].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)}"`;
    const sent = new Headers(init?.headers).get('If-None-Match');
    if (sent === etag) return new Response(null, { status: 304 });
    return new Response(body, { status: 200, headers: { ETag: etag } });
  };
  return {
    files,
    log,
    fetchImpl: fetchImpl as typeof fetch,
    setDown: (value: boolean) => (down = value),
  };
}

const feeds: AlertFeed[] = [];
function feedFor(fetchImpl: typeof fetch) {
  const feed = new AlertFeed({
    feedUrls: [`${BASE}index.atom`],
    pollSeconds: 3600,
    location: { regionCode: '110105' },
    fetchImpl,
  });
  feeds.push(feed);
  return feed;
}

afterEach(() => {
  for (const feed of feeds.splice(0)) feed.stop();
});

describe('alert feed', () => {
  it('reads an index and the alerts it links, and only the ones for this household', async () => {
    const s = server({
      [`${BASE}index.atom`]: atom(['a1', 'elsewhere']),
      [`${BASE}cap/a1.xml`]: cap('a1'),
      [`${BASE}cap/elsewhere.xml`]: cap('elsewhere', {
        area: '<geocode><valueName>GB/T 2260</valueName><value>440300</value></geocode>',
      }),
    });
    const feed = feedFor(s.fetchImpl);
    let changes = 0;
    feed.addEventListener('change', () => changes++);
    await feed.pollNow();
    expect(feed.current().map((a) => a.identifier)).toEqual(['a1']);
    expect(changes).toBe(1);
  });

  it('asks again with the ETag and refetches nothing it already has', async () => {
    const s = server({ [`${BASE}index.atom`]: atom(['a1']), [`${BASE}cap/a1.xml`]: cap('a1') });
    const feed = feedFor(s.fetchImpl);
    await feed.pollNow();
    s.log.length = 0;
    await feed.pollNow();
    expect(s.log).toEqual([`${BASE}index.atom`]);
    expect(feed.current()).toHaveLength(1);
  });

  it('a cancel in the feed removes the alert it references', async () => {
    const s = server({ [`${BASE}index.atom`]: atom(['a1']), [`${BASE}cap/a1.xml`]: cap('a1') });
    const feed = feedFor(s.fetchImpl);
    await feed.pollNow();
    const first = feed.current()[0];
    expect(first).toBeDefined();
    s.files.set(`${BASE}index.atom`, atom(['a1', 'c1']));
    s.files.set(
      `${BASE}cap/c1.xml`,
      cap('c1', { msgType: 'Cancel', references: `test@example.org,a1,${first?.sent ?? ''}` }),
    );
    await feed.pollNow();
    expect(feed.current()).toEqual([]);
  });

  it('a broken alert does not hide the others', async () => {
    const s = server({
      [`${BASE}index.atom`]: atom(['bad', 'a1']),
      [`${BASE}cap/bad.xml`]:
        '<!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]><alert>&x;</alert>',
      [`${BASE}cap/a1.xml`]: cap('a1'),
    });
    const feed = feedFor(s.fetchImpl);
    await feed.pollNow();
    expect(feed.current().map((a) => a.identifier)).toEqual(['a1']);
  });

  it('keeps what it has when the feed cannot be reached, and says why', async () => {
    const s = server({ [`${BASE}index.atom`]: atom(['a1']), [`${BASE}cap/a1.xml`]: cap('a1') });
    const feed = feedFor(s.fetchImpl);
    await feed.pollNow();
    s.setDown(true);
    await feed.pollNow();
    expect(feed.lastError).toMatch(/fetch/i);
    expect(feed.current()).toHaveLength(1);
  });
});
