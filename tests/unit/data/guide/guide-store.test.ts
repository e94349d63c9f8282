import { describe, expect, it } from 'vitest';
import { buildGuideStore, GuideStoreBuilder } from '@src/data/guide/guide-store.js';
import { MAX_NAMES_PER_CHANNEL } from '@src/data/guide/xmltv-scanner.js';
import { at, fixture } from './fixtures.js';

const H = 3_600_000;

/** A guide with gaps: channel "c" has A [12,13), B [13,14), (gap), C [15,16) UTC on 1 March 2025. */
const GAPPY = `<tv>
  <channel id="c"><display-name lang="zh">频道</display-name><display-name lang="en">Channel</display-name></channel>
  <programme start="20250301120000" stop="20250301130000" channel="c"><title>A</title><category>News</category><category>Live</category></programme>
  <programme start="20250301130000" stop="20250301140000" channel="c" catchup-id="b1"><title>B</title><sub-title>Part 2</sub-title><desc>About B</desc><rating system="MPAA"><value>PG-13</value></rating></programme>
  <programme start="20250301150000" stop="20250301160000" channel="c"><title>C</title><category>News</category><category>Live</category><rating><value>18</value></rating></programme>
</tv>`;

describe('GuideStore queries', () => {
  const store = buildGuideStore([GAPPY]);

  it('returns the programmes on air in a window, half-open, sorted', () => {
    const titles = (from: string, to: string) =>
      store.programmes('c', at(from), at(to)).map((p) => p.title);

    expect(titles('2025-03-01T00:00Z', '2025-03-02T00:00Z')).toEqual(['A', 'B', 'C']);
    expect(titles('2025-03-01T12:30Z', '2025-03-01T13:30Z')).toEqual(['A', 'B']);
    // A programme ending exactly when the window starts is not in it, nor one starting when it ends.
    expect(titles('2025-03-01T13:00Z', '2025-03-01T15:00Z')).toEqual(['B']);
    expect(titles('2025-03-01T14:00Z', '2025-03-01T15:00Z')).toEqual([]);
    expect(store.programmes('nobody', 0, Infinity)).toEqual([]);
  });

  it('returns whole programmes with their optional fields only when present', () => {
    const [a, b] = store.programmes('c', at('2025-03-01T12:00Z'), at('2025-03-01T14:00Z'));

    expect(a).toEqual({
      channelId: 'c',
      start: at('2025-03-01T12:00Z'),
      stop: at('2025-03-01T13:00Z'),
      title: 'A',
      categories: ['News', 'Live'],
    });
    expect(b).toEqual({
      channelId: 'c',
      start: at('2025-03-01T13:00Z'),
      stop: at('2025-03-01T14:00Z'),
      title: 'B',
      subTitle: 'Part 2',
      description: 'About B',
      catchupId: 'b1',
      rating: { value: 'PG-13', system: 'MPAA' },
    });
    // A rating with no system keeps just its value.
    const [c] = store.programmes('c', at('2025-03-01T15:00Z'), at('2025-03-01T16:00Z'));
    expect(c?.rating).toEqual({ value: '18' });
  });

  it('answers now/next inside a programme, at its boundary, in a gap, before and after', () => {
    const nowNext = (iso: string) => {
      const { now, next } = store.nowNext('c', at(iso));
      return [now?.title, next?.title];
    };

    expect(nowNext('2025-03-01T12:30Z')).toEqual(['A', 'B']);
    expect(nowNext('2025-03-01T13:00Z')).toEqual(['B', 'C']);
    expect(nowNext('2025-03-01T14:30Z')).toEqual([undefined, 'C']);
    expect(nowNext('2025-03-01T08:00Z')).toEqual([undefined, 'A']);
    expect(nowNext('2025-03-01T15:30Z')).toEqual(['C', undefined]);
    expect(nowNext('2025-03-01T16:00Z')).toEqual([undefined, undefined]);
    expect(store.nowNext('nobody', 0)).toEqual({});
  });

  it('finds the programme at a time', () => {
    expect(store.programmeAt('c', at('2025-03-01T13:59:59Z'))?.title).toBe('B');
    expect(store.programmeAt('c', at('2025-03-01T14:00Z'))).toBeUndefined();
  });

  it('hands out copies, so a caller cannot change the store', () => {
    const [a] = store.programmes('c', 0, Infinity);
    a!.categories!.push('Changed');
    store.channels()[0]!.names.push({ text: 'Changed' });

    expect(store.programmes('c', 0, Infinity)[0]!.categories).toEqual(['News', 'Live']);
    expect(store.channels()[0]!.names).toHaveLength(2);
  });

  it('keeps every display name and counts what it holds', () => {
    expect(store.channels()).toEqual([
      {
        id: 'c',
        names: [
          { text: '频道', lang: 'zh' },
          { text: 'Channel', lang: 'en' },
        ],
      },
    ]);
    expect(store.stats).toEqual({ channels: 1, programmes: 3, dropped: 0, empty: 0 });
  });
});

describe('GuideStore built from the fixtures', () => {
  it('resolves the overlap test: undeclared channels kept, later duplicates win', () => {
    const store = buildGuideStore([fixture('xmltv-project-t-data-overlap.xml')]);
    const all = (id: string) =>
      store.programmes(id, -Infinity, Infinity).map((p) => `${p.title} ${p.start}-${p.stop}`);
    const t = (s: string) => at(s);

    expect(store.channels()).toEqual(['1', '2', '4', '5', 'a'].map((id) => ({ id, names: [] })));
    // A and C start 11:31:00, B D E F at 11:31:01; none has a stop.
    expect(all('1')).toEqual([
      `C ${t('2001-12-28T11:31:00Z')}-${t('2001-12-28T11:31:01Z')}`,
      `F ${t('2001-12-28T11:31:01Z')}-${t('2001-12-28T11:31:01Z') + H}`,
    ]);
    expect(all('2').map((s) => s[0])).toEqual(['H']);
    expect(all('5').map((s) => s[0])).toEqual(['K']);
    expect(all('a')).toEqual([`One hour long ${t('2000-01-01T00:00Z')}-${t('2000-01-01T01:00Z')}`]);
    expect(store.stats).toEqual({ channels: 5, programmes: 6, dropped: 0, empty: 8 });
  });

  it('answers now/next on the real guide and drops its duplicated programmes', () => {
    const store = buildGuideStore([
      fixture('iptv-org-epg-makrodigitaltelevision.com-content-nodecl.xml'),
    ]);

    // 10:30 -0500 on 17 February.
    const { now, next } = store.nowNext('17', at('2025-02-17T15:30:00Z'));

    expect(now).toMatchObject({ title: 'Videoteka Musical', start: at('2025-02-17T15:00:00Z') });
    expect(next).toMatchObject({ title: 'Abba Conecta', start: at('2025-02-17T16:00:00Z') });
    expect(store.stats).toEqual({ channels: 1, programmes: 64, dropped: 0, empty: 2 });
  });

  it('gives the last programme with no stop a nominal hour', () => {
    const store = buildGuideStore([fixture('xmltv-project-t-data-test.xml')]);

    expect(store.programmes('3sat.de', 0, Infinity)).toEqual([
      {
        channelId: '3sat.de',
        start: at('2000-06-03T16:33:00Z'),
        stop: at('2000-06-03T17:33:00Z'),
        title: 'blah',
        description: 'Blah Blah Blah.',
        categories: ['Comedy'],
        rating: { value: 'PG', system: 'MPAA' },
      },
    ]);
    expect(store.programmes('das-erste.de', 0, Infinity)).toEqual([]);
  });
});

describe('GuideStoreBuilder', () => {
  it('counts programmes with an unparsable start as dropped', () => {
    const store = buildGuideStore([
      '<tv><programme start="soon" channel="c"><title>X</title></programme>' +
        '<programme start="2025" channel="c"><title>Y</title></programme></tv>',
    ]);

    expect(store.stats).toMatchObject({ channels: 1, programmes: 1, dropped: 1 });
  });

  it('merges a channel declared twice, keeping the first icon', () => {
    const builder = new GuideStoreBuilder();
    builder.channel({ id: 'c', names: [{ text: 'One' }], icon: 'a.png' });
    builder.channel({
      id: 'c',
      names: [{ text: 'One' }, { text: 'Uno', lang: 'es' }],
      icon: 'b.png',
    });

    expect(builder.finish().channels()).toEqual([
      { id: 'c', names: [{ text: 'One' }, { text: 'Uno', lang: 'es' }], icon: 'a.png' },
    ]);
  });

  it('sorts programmes given out of order and grows past its first capacity', () => {
    const builder = new GuideStoreBuilder();
    const count = 10_000;
    for (let i = count - 1; i >= 0; i--) {
      builder.programme({ channelId: `c${i % 3}`, start: i * H, stop: NaN, title: `P${i}` });
    }
    const store = builder.finish();

    expect(store.stats.programmes).toBe(count);
    const c1 = store.programmes('c1', 0, Infinity);
    expect(c1.slice(0, 2).map((p) => [p.title, p.start, p.stop])).toEqual([
      ['P1', H, 4 * H],
      ['P4', 4 * H, 7 * H],
    ]);
  });

  it('keeps the first programmes up to the programme cap, then says it is full', () => {
    const builder = new GuideStoreBuilder({ programmes: 3, channels: 10 });

    for (let i = 0; i < 5; i++) {
      builder.programme({ channelId: 'c', start: i * H, stop: (i + 1) * H, title: `P${i}` });
    }
    const store = builder.finish();

    expect(builder.capped).toEqual({ limit: 'programmes', max: 3 });
    expect(builder.full).toBe(true);
    expect(store.programmes('c', 0, Infinity).map((p) => p.title)).toEqual(['P0', 'P1', 'P2']);
  });

  it('keeps the first channels up to the channel cap and drops the programmes of later ones', () => {
    const builder = new GuideStoreBuilder({ programmes: 100, channels: 2 });

    builder.channel({ id: 'a', names: [{ text: 'A' }] });
    builder.channel({ id: 'b', names: [{ text: 'B' }] });
    builder.channel({ id: 'c', names: [{ text: 'C' }] });
    builder.channel({ id: 'a', names: [{ text: 'Alpha' }] }); // known: still merged
    for (const channelId of ['a', 'c', 'd']) {
      builder.programme({ channelId, start: 0, stop: H, title: channelId });
    }
    const store = builder.finish();

    expect(builder.capped).toEqual({ limit: 'channels', max: 2 });
    expect(builder.full).toBe(false);
    expect(store.channels().map((c) => [c.id, c.names.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(store.stats).toMatchObject({ channels: 2, programmes: 1, dropped: 2 });
  });

  it('keeps all of a guide the size of the largest real one (1,467 channels, 209,510 programmes)', () => {
    const builder = new GuideStoreBuilder();

    for (let c = 0; c < 1_467; c++) builder.channel({ id: `c${c}`, names: [] });
    for (let i = 0; i < 209_510; i++) {
      builder.programme({ channelId: `c${i % 1_467}`, start: i * 60_000, stop: NaN, title: 'P' });
    }

    expect(builder.capped).toBeUndefined();
    expect(builder.finish().stats).toMatchObject({ channels: 1_467, programmes: 209_510 });
  });

  it('keeps a few names of a channel declared over and over', () => {
    const builder = new GuideStoreBuilder();

    for (let i = 0; i < 1_000; i++) builder.channel({ id: 'c', names: [{ text: `N${i}` }] });

    expect(builder.finish().channels()[0]!.names).toHaveLength(MAX_NAMES_PER_CHANNEL);
  });
});
