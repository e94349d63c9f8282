import { describe, expect, it } from 'vitest';
import { testChannel } from '../../../support/test-channel.js';
import type { Programme } from '@src/data/guide/guide-types.js';
import { bannerInfo } from '@src/features/watch/banner-info.js';
import { GuideModel } from '@src/features/watch/guide-model.js';

const HOUR = 3_600_000;
// 2026-11-24 12:00 in Shanghai.
const NOW = Date.UTC(2026, 10, 24, 4, 0);

const channel = testChannel;

const news = channel('新闻', {
  number: 13,
  groups: ['央视'],
  catchup: { mode: 'append', source: '?playseek=${(b)yyyyMMddHHmmss}', days: 2 },
});
const sport = channel('体育', { number: 5, groups: ['央视', '体育'] });
const radio = channel('音乐之声', { number: 90, groups: ['广播'], radio: true });
const channels = [news, sport, radio];

function programme(start: number, hours: number, title: string): Programme {
  return { channelId: 'g-news', start, stop: start + hours * HOUR, title };
}
const morning = programme(NOW - 3 * HOUR, 1, '早间新闻');
const noon = programme(NOW - HOUR / 2, 1, '午间新闻');
const evening = programme(NOW + HOUR / 2, 1, '晚间新闻');
const lastWeek = programme(NOW - 5 * 24 * HOUR, 1, '上周新闻');

/** A guide that has news programmes for 新闻 and nothing for the others. */
const guide = {
  window: (id: string | undefined, from: number, to: number) =>
    id === 'g-news'
      ? [lastWeek, morning, noon, evening].filter((p) => p.stop > from && p.start < to)
      : [],
  nowNext(id: string | undefined, at: number) {
    const list = this.window(id, at - 6 * HOUR, at + 6 * HOUR);
    const index = list.findIndex((p) => p.start <= at && p.stop > at);
    return index < 0 ? {} : { now: list[index], next: list[index + 1] };
  },
  answers: 0,
};

function view(): GuideModel {
  const v = new GuideModel({
    channels,
    guide,
    timeZone: 'Asia/Shanghai',
    locale: 'zh-CN',
    now: () => NOW,
  });
  v.set('ready', new Map([['新闻', 'g-news']]));
  return v;
}

describe('what live TV says about programmes', () => {
  it('names a past programme with its times, and offers the replay only when catch-up reaches it', () => {
    const v = view();
    expect(v.describe(0, morning)).toBe('新闻, 早间新闻, 09:00 至 10:00，可以回看');
    expect(v.describe(0, lastWeek)).toBe('新闻, 上周新闻, 12:00 至 13:00');
    expect(v.describe(0, evening)).toBe('新闻, 晚间新闻, 12:30 至 13:30');
    expect(v.canCatchup(0, morning)).toBe(true);
    expect(v.catchupUrl(0, morning)).toContain('playseek=20261124090000');
    expect(v.canCatchup(1, morning)).toBe(false);
  });

  it('tells loading from a guide that failed and one that has nothing', () => {
    const v = new GuideModel({ channels, guide, timeZone: 'UTC', locale: 'zh-CN', now: () => NOW });
    expect(v.programmes(0, NOW, NOW + HOUR)).toBeUndefined();
    expect(v.describe(1, undefined)).toBe('体育, 正在载入节目单…');
    v.set('failed');
    expect(v.describe(1, undefined)).toBe('体育, 节目单暂时无法获取');
    v.set('missing');
    expect(v.describe(1, undefined)).toBe('体育, 暂无节目信息');
    // The guide is read, but this channel's programmes are still on their way from it.
    v.set('ready');
    expect(v.describe(1, undefined, true)).toBe('体育, 正在载入节目单…');
    expect(v.describe(1, undefined)).toBe('体育, 暂无节目信息');
  });

  it('offers the days back that catch-up reaches and a week ahead, named plainly near today', () => {
    const days = view().days();
    expect(days).toHaveLength(2 + 7);
    const labels = days.map((d) => d.label);
    expect(labels.slice(1, 4)).toEqual(['昨天', '今天', '明天']);
    // Further days go by their date.
    for (const label of [labels[0], ...labels.slice(4)]) expect(label).toMatch(/\d/);
    // Local midnight in Shanghai, a day apart.
    expect(days[2]?.start).toBe(Date.UTC(2026, 10, 23, 16, 0));
    expect(days[3]?.start).toBe(Date.UTC(2026, 10, 24, 16, 0));
  });
});

describe('the channel banner', () => {
  it('shows what is on with its progress and what comes next', () => {
    const info = bannerInfo(channels, view(), { index: 0, mutedHint: false, favourite: true }, NOW);
    expect(info).toMatchObject({
      number: '13',
      name: '新闻',
      nowLine: '11:30–12:30  午间新闻',
      nextLine: '接下来 12:30–13:30  晚间新闻',
      tags: ['已收藏'],
    });
    expect(info.progress).toBeCloseTo(0.5);
  });

  it('shows the replayed programme without live progress, and says when sound is off', () => {
    const facts = { index: 0, catchup: morning, mutedHint: true, favourite: false };
    const info = bannerInfo(channels, view(), facts, NOW);
    expect(info.nowLine).toBe('09:00–10:00  早间新闻');
    expect(info.progress).toBeUndefined();
    expect(info.tags).toEqual(['静音中，按任意键开声音', '回看']);
  });

  it('marks a radio channel and says there is no guide for it', () => {
    const info = bannerInfo(
      channels,
      view(),
      { index: 2, mutedHint: false, favourite: false },
      NOW,
    );
    expect(info.tags).toEqual(['广播']);
    expect(info.nowLine).toBe('暂无节目信息');
    expect(info.nextLine).toBe('');
  });
});
