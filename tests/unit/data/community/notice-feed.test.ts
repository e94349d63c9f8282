import { afterEach, describe, expect, it } from 'vitest';
import { NoticeFeed } from '@src/data/community/notice-feed.js';
import { readNotices } from '@src/data/community/kept-ids.js';

const URL_ = 'http://pm.example.org/notices.xml';

function feedXml(ids: string[]) {
  return `<feed xmlns="http://www.w3.org/2005/Atom">${ids
    .map(
      (id) =>
        `<entry><id>${id}</id><title>${id}</title><updated>2026-12-0${ids.indexOf(id) + 1}T00:00:00Z</updated><category term="${id.startsWith('water') ? '停水' : '活动'}"/></entry>`,
    )
    .join('')}</feed>`;
}

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

/** A fake property-manager server with an ETag, that can fail. */
function server(ids: string[]) {
  const state = { ids, status: 200, requests: [] as (string | null)[] };
  const fetchImpl = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const sent = new Headers(init?.headers).get('If-None-Match');
    state.requests.push(sent);
    if (state.status !== 200) return new Response('down', { status: state.status });
    const etag = `"${state.ids.join(',')}"`;
    if (sent === etag) return new Response(null, { status: 304 });
    return new Response(feedXml(state.ids), { headers: { ETag: etag } });
  };
  return { state, fetchImpl: fetchImpl as typeof fetch };
}

const feeds: NoticeFeed[] = [];
afterEach(() => feeds.splice(0).forEach((f) => f.stop()));

function make(fetchImpl: typeof fetch, storage = memoryStorage()) {
  const feed = new NoticeFeed({
    url: URL_,
    pollSeconds: 60,
    urgentCategories: ['停水'],
    fetchImpl,
    readState: readNotices(storage),
  });
  feeds.push(feed);
  return feed;
}

describe('NoticeFeed', () => {
  it('counts unread notices, keeps what was read across a restart, and lists urgent unread ones', async () => {
    const { fetchImpl } = server(['water-1', 'party-1']);
    const storage = memoryStorage();
    const feed = make(fetchImpl, storage);
    await feed.pollNow();
    expect(feed.unreadCount()).toBe(2);
    expect(feed.urgentUnread().map((n) => n.id)).toEqual(['water-1']);
    let changes = 0;
    feed.addEventListener('change', () => changes++);
    feed.markRead('water-1');
    feed.markRead('water-1');
    expect(changes).toBe(1);
    expect(feed.urgentUnread()).toEqual([]);
    const again = make(fetchImpl, storage);
    await again.pollNow();
    expect(again.unreadCount()).toBe(1);
  });

  it('revalidates with the ETag, and a failure keeps the last notices and says so', async () => {
    const { state, fetchImpl } = server(['party-1']);
    const feed = make(fetchImpl);
    await feed.pollNow();
    await feed.pollNow();
    expect(state.requests).toEqual([null, '"party-1"']);
    state.status = 503;
    await feed.pollNow();
    expect(feed.lastError).toMatch(/503/);
    expect(feed.notices().map((n) => n.id)).toEqual(['party-1']);
    state.status = 200;
    state.ids = ['party-1', 'water-2'];
    await feed.pollNow();
    expect(feed.lastError).toBeNull();
    expect(feed.urgentUnread().map((n) => n.id)).toEqual(['water-2']);
  });

  it('a hostile feed is refused without losing the notices already shown', async () => {
    let body = feedXml(['party-1']);
    const feed = make((async () => new Response(body)) as typeof fetch);
    await feed.pollNow();
    body = '<!DOCTYPE x [<!ENTITY a "b">]><feed/>';
    await feed.pollNow();
    expect(feed.lastError).toMatch(/DOCTYPE/);
    expect(feed.notices()).toHaveLength(1);
  });
});
