import { afterEach, describe, expect, it } from 'vitest';
import { AlertFeed, type AlertFeedOptions } from '@src/data/alerts/alert-feed.js';

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
  /** URLs answered with this status instead of their file. */
  const failing = new Map<string, number>();
  /** URLs that never answer (until the request is aborted). */
  const hanging = new Set<string>();
  let down = false;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    log.push(url);
    if (down) throw new TypeError('Failed to fetch');
    if (hanging.has(url))
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const status = failing.get(url);
    if (status) return new Response('unavailable', { status });
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
    failing,
    hanging,
    fetchImpl: fetchImpl as typeof fetch,
    setDown: (value: boolean) => (down = value),
  };
}

const feeds: AlertFeed[] = [];
function feedFor(fetchImpl: typeof fetch, more: Partial<AlertFeedOptions> = {}) {
  const feed = new AlertFeed({
    feedUrls: [`${BASE}index.atom`],
    pollSeconds: 3600,
    location: { regionCode: '110105' },
    fetchImpl,
    ...more,
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

  it('resolves a relative feed address against the page, and the index links against the feed', async () => {
    const s = server({
      [`${BASE}cap/index.atom`]: atom(['a1']),
      [`${BASE}cap/cap/a1.xml`]: cap('a1'),
    });
    const feed = feedFor(s.fetchImpl, { feedUrls: ['/cap/index.atom'], baseUrl: `${BASE}portal/` });
    await feed.pollNow();
    expect(feed.lastError).toBeNull();
    expect(feed.current().map((a) => a.identifier)).toEqual(['a1']);
  });

  it('an alert that fails or hangs costs only itself, and is asked for again next poll', async () => {
    const s = server({
      [`${BASE}index.atom`]: atom(['down', 'stuck', 'a1']),
      [`${BASE}cap/down.xml`]: cap('down'),
      [`${BASE}cap/stuck.xml`]: cap('stuck'),
      [`${BASE}cap/a1.xml`]: cap('a1'),
    });
    s.failing.set(`${BASE}cap/down.xml`, 503);
    s.hanging.add(`${BASE}cap/stuck.xml`);
    const feed = feedFor(s.fetchImpl, { timeoutMs: 50 });
    await feed.pollNow();
    expect(feed.current().map((a) => a.identifier)).toEqual(['a1']);
    expect(feed.lastError).toMatch(/503.*down\.xml.*no answer from .*stuck\.xml/);
    // The server recovers; the index has not changed, yet the missing alerts come.
    s.failing.clear();
    s.hanging.clear();
    await feed.pollNow();
    expect(
      feed
        .current()
        .map((a) => a.identifier)
        .sort(),
    ).toEqual(['a1', 'down', 'stuck']);
    expect(feed.lastError).toBeNull();
  });

  it('one feed down does not hold back the next', async () => {
    const s = server({ [`${BASE}other.atom`]: atom(['a1']), [`${BASE}cap/a1.xml`]: cap('a1') });
    s.hanging.add(`${BASE}index.atom`);
    const feed = feedFor(s.fetchImpl, {
      feedUrls: [`${BASE}index.atom`, `${BASE}missing.atom`, `${BASE}other.atom`],
      timeoutMs: 50,
    });
    await feed.pollNow();
    expect(feed.current().map((a) => a.identifier)).toEqual(['a1']);
    expect(feed.lastError).toMatch(/no answer.*HTTP 404/);
  });

  it('refuses a document over the size limit without reading it all', async () => {
    const huge = atom(['a1']).replace(
      '<title>t</title>',
      `<title>${'x'.repeat(3 * 1024 * 1024)}</title>`,
    );
    const s = server({ [`${BASE}index.atom`]: huge, [`${BASE}cap/a1.xml`]: cap('a1') });
    const feed = feedFor(s.fetchImpl);
    await feed.pollNow();
    expect(feed.current()).toEqual([]);
    expect(feed.lastError).toMatch(/over 2097152 bytes/);
  });
});
