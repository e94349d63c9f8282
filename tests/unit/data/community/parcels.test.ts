import { afterEach, describe, expect, it, vi } from 'vitest';
import { HomeParcels } from '@src/data/community/home-parcels.js';
import { ParcelFeed } from '@src/data/community/parcel-feed.js';
import { seenParcels } from '@src/data/community/kept-ids.js';
import type { HomeEntity, HomeSnapshot } from '@src/data/home/home-types.js';
import { parseParcels } from '@src/data/community/parse-parcels.js';

describe('parseParcels', () => {
  it('keeps well-formed parcels and leaves out the malformed ones, not the list', () => {
    const { parcels, skipped } = parseParcels({
      parcels: [
        {
          id: 'p1',
          carrier: '顺丰',
          locker: '3 号楼柜 B12',
          code: '482913',
          arrivedAt: '2026-12-06T09:00:00+08:00',
        },
        { id: 'p2', locker: '东门驿站', code: 'A-7731' },
        { id: 'p3', locker: '东门驿站', code: '12 34' }, // not a code
        { id: 'p1', locker: 'again', code: '1' }, // a repeat
        { locker: 'no id', code: '1' },
        'nonsense',
      ],
    });
    expect(parcels).toEqual([
      {
        id: 'p1',
        carrier: '顺丰',
        locker: '3 号楼柜 B12',
        code: '482913',
        arrivedAt: Date.parse('2026-12-06T01:00:00Z'),
      },
      { id: 'p2', carrier: '', locker: '东门驿站', code: 'A-7731', arrivedAt: null },
    ]);
    expect(skipped).toBe(4);
  });

  it('refuses what is no parcel list', () => {
    expect(() => parseParcels({ items: [] })).toThrow(/parcels/);
    expect(() => parseParcels(null)).toThrow(/parcels/);
  });
});

describe('ParcelFeed', () => {
  const feeds: ParcelFeed[] = [];
  afterEach(() => {
    feeds.splice(0).forEach((f) => f.stop());
    vi.restoreAllMocks();
  });

  function make(answer: () => Response, storage = memoryStorage()) {
    const requests: RequestInit[] = [];
    const feed = new ParcelFeed({
      url: 'http://pm.example.org/parcels.json',
      pollSeconds: 60,
      fetchImpl: (async (_url: RequestInfo | URL, init?: RequestInit) => {
        requests.push(init ?? {});
        return answer();
      }) as typeof fetch,
      seen: seenParcels(storage),
    });
    feeds.push(feed);
    return { feed, requests };
  }

  function memoryStorage() {
    const values = new Map<string, string>();
    return {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      values,
    };
  }

  const list = (...ids: string[]) =>
    new Response(
      JSON.stringify({ parcels: ids.map((id) => ({ id, locker: '柜', code: '482913' })) }),
    );

  it('asks without any cache; a parcel is new until seen, and gone once collected', async () => {
    let ids = ['p1', 'p2'];
    const storage = memoryStorage();
    const { feed, requests } = make(() => list(...ids), storage);
    await feed.pollNow();
    expect(requests[0]).toMatchObject({ cache: 'no-store', credentials: 'omit' });
    expect(feed.unseen().map((p) => p.id)).toEqual(['p1', 'p2']);
    feed.markSeen('p1');
    expect(feed.unseen().map((p) => p.id)).toEqual(['p2']);
    // What is kept on the TV is ids, never codes.
    expect([...storage.values.values()].join()).not.toContain('482913');
    ids = ['p2'];
    await feed.pollNow();
    expect(feed.parcels().map((p) => p.id)).toEqual(['p2']);
    // A restart does not announce a parcel seen before.
    const again = make(() => list('p1', 'p2'), storage).feed;
    await again.pollNow();
    expect(again.unseen().map((p) => p.id)).toEqual(['p2']);
  });

  it('a broken answer keeps the parcels shown, and the log never quotes a code', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let body = JSON.stringify({ parcels: [{ id: 'p1', locker: '柜', code: '482913' }] });
    const { feed } = make(() => new Response(body));
    await feed.pollNow();
    body = '{"parcels": [{"id": "p1", "code": "482913" oops';
    await feed.pollNow();
    expect(feed.lastError).toBe('the parcel list is not JSON');
    expect(feed.parcels()).toHaveLength(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('482913');
  });
});

describe('HomeParcels', () => {
  /** A Home Assistant connection as far as parcels need it: a snapshot and change events. */
  function hub() {
    const entities = new Map<string, HomeEntity>();
    const home = Object.assign(new EventTarget(), {
      snapshot: { status: 'live', areas: [], entities } as HomeSnapshot,
      set(parcels: unknown) {
        entities.set('sensor.parcels', {
          id: 'sensor.parcels',
          domain: 'sensor',
          name: '快递',
          state: String(Array.isArray(parcels) ? parcels.length : 0),
          attributes: { parcels },
          lastChanged: 0,
        });
        home.dispatchEvent(new CustomEvent('change', { detail: { ids: ['sensor.parcels'] } }));
      },
    });
    return home;
  }

  it('follows the sensor: a parcel appears, is seen, and goes once collected', () => {
    const home = hub();
    const parcels = new HomeParcels(home, 'sensor.parcels', seenParcels(null));
    expect(parcels.lastError).toBe('no entity sensor.parcels');
    let changes = 0;
    parcels.addEventListener('change', () => changes++);
    home.set([{ id: 'jd-1', locker: '东门丰巢柜', code: '5521' }]);
    expect(parcels.lastError).toBeNull();
    expect(parcels.unseen().map((p) => p.code)).toEqual(['5521']);
    parcels.markSeen('jd-1');
    expect(parcels.unseen()).toEqual([]);
    home.set([]);
    expect(parcels.parcels()).toEqual([]);
    expect(changes).toBe(3);
    // Another entity's change is not read.
    home.dispatchEvent(new CustomEvent('change', { detail: { ids: ['light.hall'] } }));
    expect(changes).toBe(3);
  });

  it('a sensor whose attribute is no list is a problem, not a crash', () => {
    const home = hub();
    const parcels = new HomeParcels(home, 'sensor.parcels', seenParcels(null));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    home.set('3 parcels');
    expect(parcels.lastError).toMatch(/parcels/);
    expect(parcels.parcels()).toEqual([]);
  });
});
