import { describe, expect, it } from 'vitest';
import { buildGuideStore } from '@src/data/guide/guide-store.js';
import { ProgrammeSearch, SEARCH_LIMIT } from '@src/data/guide/programme-search.js';

const H = 3_600_000;
const DAY = 24 * H;
/** 1 March 2025, 12:00 UTC: the middle of the guide below. */
const NOW = Date.UTC(2025, 2, 1, 12);

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
const programme = (channel: string, start: number, hours: number, title: string) =>
  `<programme start="${stamp(start)} +0000" stop="${stamp(start + hours * H)} +0000" channel="${channel}"><title lang="zh">${title}</title></programme>`;

/** Two channels; 新闻联播 every evening for three days around NOW; a few other titles. */
const GUIDE = `<tv>
  <channel id="cctv1"><display-name>CCTV-1</display-name></channel>
  <channel id="cctv5"><display-name>CCTV-5</display-name></channel>
  ${[-1, 0, 1].map((d) => programme('cctv1', NOW + d * DAY - H, 1, '新闻联播')).join('')}
  ${programme('cctv1', NOW, 2, '晚间新闻')}
  ${programme('cctv1', NOW + 2 * H, 1, '焦点访谈')}
  ${programme('cctv5', NOW - 3 * H, 2, 'NBA常规赛：湖人—勇士')}
  ${programme('cctv5', NOW + 3 * H, 2, '天下足球')}
</tv>`;

const store = buildGuideStore([GUIDE]);
const everywhere = {
  channelIds: ['cctv1', 'cctv5'],
  from: NOW - 2 * DAY,
  to: NOW + 2 * DAY,
  now: NOW,
};
const find = (query: string, more: Partial<typeof everywhere> = {}) =>
  new ProgrammeSearch(store)
    .find({ ...everywhere, ...more, query })
    .map((p) => `${p.title}@${(p.start - NOW) / H}`);

describe('finding a programme with the remote', () => {
  it('by the initials of its pinyin, or the whole syllables, in any mix', () => {
    expect(find('xwlb')).toEqual(['新闻联播@23', '新闻联播@-1', '新闻联播@-25']);
    expect(find('xinwenlianbo')).toEqual(find('xwlb'));
    expect(find('xinwenlb')).toEqual(find('xwlb'));
    expect(find('jdft')).toEqual(['焦点访谈@2']);
  });

  it('from the middle of a title too, and by its characters', () => {
    expect(find('xw')).toEqual(['晚间新闻@0', '新闻联播@23', '新闻联播@-1', '新闻联播@-25']);
    expect(find('联播')).toEqual(['新闻联播@23', '新闻联播@-1', '新闻联播@-25']);
    expect(find('足球')).toEqual(['天下足球@3']);
  });

  it('by the Latin letters in a title, in any case', () => {
    expect(find('nba')).toEqual(['NBA常规赛：湖人—勇士@-3']);
    expect(find('NBA cgs')).toEqual(['NBA常规赛：湖人—勇士@-3']);
  });

  it('lists what is on and to come first, soonest first, then what has been, latest first', () => {
    // 晚间新闻 is on now (0), 天下足球 and one 新闻联播 later; two 新闻联播 were on before.
    expect(find('x')).toEqual([
      '晚间新闻@0',
      '天下足球@3',
      '新闻联播@23',
      '新闻联播@-1',
      '新闻联播@-25',
    ]);
  });

  it('only on the channels asked, and within the window', () => {
    expect(find('xw', { channelIds: ['cctv5'] })).toEqual([]);
    expect(find('xwlb', { from: NOW - 2 * H, to: NOW + 2 * H })).toEqual(['新闻联播@-1']);
    expect(find('xwlb', { channelIds: ['cctv1', 'cctv1', 'nobody'] })).toHaveLength(3);
  });

  it('finds nothing for nothing, and holds against hostile queries', () => {
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
    expect(find('.*')).toEqual([]);
    expect(find('(a+)+$')).toEqual([]);
    expect(find('a'.repeat(10_000))).toEqual([]);
    expect(find('新'.repeat(10_000))).toEqual([]);
  });

  it('gives at most a screenful of results', () => {
    const many = `<tv><channel id="c"/>${Array.from({ length: 200 }, (_, i) =>
      programme('c', NOW + i * H, 1, `新闻 ${i}`),
    ).join('')}</tv>`;
    const found = new ProgrammeSearch(buildGuideStore([many])).find({
      ...everywhere,
      channelIds: ['c'],
      to: NOW + 300 * H,
      query: 'xw',
    });
    expect(found).toHaveLength(SEARCH_LIMIT);
    expect(found[0]?.title).toBe('新闻 0');
  });
});
