import { beforeEach, describe, expect, it } from 'vitest';
import { testChannel as channel } from '../../../support/test-channel.js';
import { memoryStorage } from '../../../support/memory-storage.js';
import {
  ALL_GROUP,
  HIDDEN_GROUP,
  NEW_LIST_GROUP,
  RECENT_GROUP,
  channelGroups,
  channelRows,
  listGroup,
} from '@src/features/watch/channel-groups.js';
import { GUIDE_GROUP, SEARCH_GROUP } from '@src/features/watch/lightning/channel-list-panel.js';
import {
  FIRST_LIST,
  MAX_LISTS,
  MyChannels,
  gridChannels,
  nextShown,
} from '@src/features/watch/my-channels.js';
import { channelOptions, groupOptions } from '@src/features/watch/channel-options.js';
import type { Notice } from '@src/features/watch/lightning/notice-panel.js';

const news = channel('新闻', { number: 13, groups: ['央视'] });
const sport = channel('体育', { number: 5, groups: ['央视', '体育'] });
const radio = channel('音乐之声', { number: 90, groups: ['广播'], radio: true });
const film = channel('电影', { groups: ['央视'] });
const channels = [news, sport, radio, film];
const FAVOURITES = listGroup(FIRST_LIST);

const names = (mine: MyChannels, group: string) =>
  channelRows(channels, group, { mine, recent: [] }, () => '').map((row) => row.name);

beforeEach(() => {
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true });
});

describe('the channel list’s groups', () => {
  it('starts with search and the guide, all channels, the favourite lists and 新建, recent, then the playlist groups', () => {
    expect(channelGroups(channels, new MyChannels()).map((g) => g.id)).toEqual([
      SEARCH_GROUP,
      GUIDE_GROUP,
      ALL_GROUP,
      FAVOURITES,
      NEW_LIST_GROUP,
      RECENT_GROUP,
      '央视',
      '体育',
      '广播',
    ]);
  });

  it('lists a group with numbers, names, what is on and which are favourites', () => {
    const mine = new MyChannels();
    mine.toggle(FIRST_LIST, '体育');
    const onNow = (index: number) => (index === 0 ? '午间新闻' : '');
    expect(channelRows(channels, '央视', { mine, recent: [] }, onNow).slice(0, 2)).toEqual([
      { index: 0, number: '13', name: '新闻', detail: '午间新闻', favourite: false },
      { index: 1, number: '5', name: '体育', detail: '', favourite: true },
    ]);
    expect(names(mine, FAVOURITES)).toEqual(['体育']);
    expect(names(mine, ALL_GROUP)).toHaveLength(4);
  });

  it('lists 最近观看 most recent first, skipping channels the playlist no longer has', () => {
    const kept = { mine: new MyChannels(), recent: ['音乐之声', '已停播', '新闻'] };
    const rows = channelRows(channels, RECENT_GROUP, kept, () => '');
    expect(rows.map((r) => [r.index, r.name])).toEqual([
      [2, '音乐之声'],
      [0, '新闻'],
    ]);
  });
});

describe('my channels', () => {
  it('keeps a favourite list in the household’s order, across a restart', () => {
    const mine = new MyChannels();
    for (const key of ['电影', '新闻', '体育']) mine.toggle(FIRST_LIST, key);
    expect(names(mine, FAVOURITES)).toEqual(['电影', '新闻', '体育']);
    mine.reorder(FIRST_LIST, ['体育', '电影', '新闻']);
    expect(names(new MyChannels(), FAVOURITES)).toEqual(['体育', '电影', '新闻']);
  });

  it('hides a channel from every group and from zapping, and lists it under 已隐藏的频道', () => {
    const mine = new MyChannels();
    mine.toggle(FIRST_LIST, '体育');
    expect(channelGroups(channels, mine).some((g) => g.id === HIDDEN_GROUP)).toBe(false);
    mine.setHidden('体育', true);
    expect(names(mine, ALL_GROUP)).toEqual(['新闻', '音乐之声', '电影']);
    expect(names(mine, '央视')).toEqual(['新闻', '电影']);
    expect(names(mine, FAVOURITES)).toEqual([]);
    expect(names(mine, HIDDEN_GROUP)).toEqual(['体育']);
    expect(channelGroups(channels, mine).at(-1)?.id).toBe(HIDDEN_GROUP);
    const hidden = (key: string) => mine.isHidden(key);
    expect(nextShown(channels, 0, 1, hidden)).toBe(2);
    expect(nextShown(channels, 2, -1, hidden)).toBe(0);
    expect(nextShown(channels, 0, -1, hidden)).toBe(3);
    // The grid shows the channel playing even when it is hidden (typed by number).
    expect(gridChannels(channels, hidden, 0)).toEqual([0, 2, 3]);
    expect(gridChannels(channels, hidden, 1)).toEqual([0, 1, 2, 3]);
  });

  it('zaps on when every channel is hidden rather than stopping', () => {
    expect(nextShown(channels, 3, 1, () => true)).toBe(0);
  });

  it('names up to three more lists; deleting one keeps its channels in the others', () => {
    const mine = new MyChannels();
    mine.toggle(FIRST_LIST, '新闻');
    const opera = mine.addList('  爷爷的戏曲频道还有更多字  ');
    expect(opera?.name).toBe('爷爷的戏曲频道还有更');
    mine.toggle(opera?.id ?? '', '新闻');
    mine.addList('体育');
    mine.addList('少儿');
    expect(mine.lists).toHaveLength(MAX_LISTS);
    expect(mine.addList('再一个')).toBeNull();
    expect(channelGroups(channels, mine).some((g) => g.id === NEW_LIST_GROUP)).toBe(false);
    mine.rename(FIRST_LIST, '常看');
    mine.removeList(opera?.id ?? '');
    mine.removeList(FIRST_LIST);
    const again = new MyChannels();
    expect(again.lists.map((list) => list.name)).toEqual(['常看', '体育', '少儿']);
    expect(again.isFavourite('新闻')).toBe(true);
  });

  it('restores the operator’s list: hidden channels back, lists in playlist order, favourites kept', () => {
    const mine = new MyChannels();
    for (const key of ['电影', '新闻']) mine.toggle(FIRST_LIST, key);
    mine.setHidden('音乐之声', true);
    mine.restoreOperatorOrder(channels);
    expect(names(mine, FAVOURITES)).toEqual(['新闻', '电影']);
    expect(mine.hiddenCount).toBe(0);
  });

  it('takes the favourites kept before lists had names as 我的收藏', () => {
    localStorage.setItem('hearth.watch', '{"favourites": ["体育", "新闻"], "recent": []}');
    expect(names(new MyChannels(), FAVOURITES)).toEqual(['体育', '新闻']);
  });

  it('starts afresh from a damaged record, keeping what can be read', () => {
    localStorage.setItem(
      'hearth.myChannels',
      '{"lists": [{"id": 3}, {"id": "x", "name": 7, "keys": ["新闻", 1, "新闻"]}], "hidden": "no"}',
    );
    const mine = new MyChannels();
    expect(mine.lists.map((list) => [list.id, list.name, list.keys])).toEqual([
      [FIRST_LIST, '', []],
      ['x', '', ['新闻']],
    ]);
    expect(mine.hiddenCount).toBe(0);
    localStorage.setItem('hearth.myChannels', 'not json');
    expect(new MyChannels().lists).toHaveLength(1);
  });
});

describe('Menu in the channel list', () => {
  function host(mine = new MyChannels()) {
    const shown: Notice[] = [];
    const said: string[] = [];
    const events: string[] = [];
    return {
      shown,
      said,
      events,
      host: {
        channels,
        mine,
        showNotice: (notice: Notice) => shown.push(notice),
        announce: (text: string) => said.push(text),
        changed: () => events.push('changed'),
        startMove: () => events.push('move'),
        askForName: (_current: string, done: (name: string) => void) => done('戏曲'),
        showGroup: (group: string) => events.push(`show ${group}`),
      },
    };
  }
  const choose = (notice: Notice | undefined, label: string) => {
    const choice = notice?.choices.find((c) => c.label.startsWith(label));
    if (!choice) throw new Error(`no ${label} in ${notice?.choices.map((c) => c.label).join('/')}`);
    choice.run();
  };

  it('adds a channel to 我的收藏 and hides another, saying each', () => {
    const t = host();
    channelOptions(t.host, ALL_GROUP, 1);
    expect(t.shown[0]?.choices.map((c) => c.label)).toEqual(['加入我的收藏', '隐藏频道', '返回']);
    choose(t.shown[0], '加入我的收藏');
    expect(t.said.at(-1)).toBe('已把 体育 加入我的收藏');
    channelOptions(t.host, ALL_GROUP, 0);
    choose(t.shown[1], '隐藏频道');
    expect(t.host.mine.isHidden('新闻')).toBe(true);
    expect(t.said.at(-1)).toContain('已隐藏 新闻');
    channelOptions(t.host, HIDDEN_GROUP, 0);
    expect(t.shown[2]?.choices.map((c) => c.label)).toEqual(['取消隐藏', '返回']);
    choose(t.shown[2], '取消隐藏');
    expect(t.host.mine.isHidden('新闻')).toBe(false);
  });

  it('offers a choice of lists once there are several, and moving within one', () => {
    const t = host();
    groupOptions(t.host, ALL_GROUP, '全部频道');
    expect(t.shown[0]?.choices.map((c) => c.label)).toEqual(['恢复运营商的频道表', '返回']);
    const opera = t.host.mine.addList('戏曲');
    channelOptions(t.host, ALL_GROUP, 3);
    choose(t.shown[1], '加入收藏');
    expect(t.shown[2]?.choices.map((c) => c.label)).toEqual(['我的收藏', '戏曲']);
    choose(t.shown[2], '戏曲');
    expect(t.host.mine.list(opera?.id ?? '')?.keys).toEqual(['电影']);
    channelOptions(t.host, listGroup(opera?.id ?? ''), 3);
    expect(t.shown[3]?.choices.map((c) => c.label)).toEqual([
      '移动位置',
      '移出戏曲',
      '隐藏频道',
      '返回',
    ]);
    choose(t.shown[3], '移动位置');
    expect(t.events).toContain('move');
  });

  it('renames and deletes a named list, but never deletes 我的收藏', () => {
    const t = host();
    const list = t.host.mine.addList('体育') ?? { id: '' };
    groupOptions(t.host, FAVOURITES, '我的收藏');
    expect(t.shown[0]?.choices.map((c) => c.label)).not.toContain('删除列表');
    groupOptions(t.host, listGroup(list.id), '体育');
    choose(t.shown[1], '重命名');
    expect(t.host.mine.list(list.id)?.name).toBe('戏曲');
    groupOptions(t.host, listGroup(list.id), '戏曲');
    choose(t.shown[2], '删除列表');
    expect(t.host.mine.list(list.id)).toBeDefined();
    choose(t.shown[3], '删除');
    expect(t.host.mine.list(list.id)).toBeUndefined();
    expect(t.events.at(-1)).toBe(`show ${FAVOURITES}`);
  });
});
