/**
 * The channel list's left column and its rows: 搜索节目, 节目指南, 全部频道,
 * the household's favourite lists (我的收藏 first) and 新建收藏列表, 最近观看,
 * the playlist's own groups in the order they first appear, and 已隐藏的频道
 * when the household hid any; and, for a group, its channels with their
 * number, name and what is on now. A hidden channel shows only in 已隐藏的频道
 * (and in 最近观看, which is history).
 */
import { msg } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import { displayNumber } from './channel-number.js';
import { MAX_LISTS, type FavouriteList, type MyChannels } from './my-channels.js';
import {
  GUIDE_GROUP,
  SEARCH_GROUP,
  type ChannelGroup,
  type ChannelRow,
} from './lightning/channel-list-panel.js';

export const ALL_GROUP = '#all';
export const RECENT_GROUP = '#recent';
export const HIDDEN_GROUP = '#hidden';
/** Opens the naming dialog for a new favourite list. */
export const NEW_LIST_GROUP = '#new-list';
const LIST_PREFIX = '#list:';

/** The group of a favourite list, and back. */
export const listGroup = (listId: string): string => LIST_PREFIX + listId;
export const listOfGroup = (groupId: string): string | undefined =>
  groupId.startsWith(LIST_PREFIX) ? groupId.slice(LIST_PREFIX.length) : undefined;

/** What the household keeps of its own: its lists and hidden channels, and recent channels (most recent first). */
export interface KeptChannels {
  mine: MyChannels;
  recent: readonly string[];
}

/** A favourite list's name on screen: 我的收藏 until the household renames it. */
export function listName(list: FavouriteList): string {
  return list.name || msg('我的收藏', { id: 'watch.favourites' });
}

export function channelGroups(channels: readonly Channel[], mine: MyChannels): ChannelGroup[] {
  const named = new Set<string>();
  for (const c of channels) for (const g of c.groups) named.add(g);
  const lists = mine.lists.map((list) => ({ id: listGroup(list.id), label: listName(list) }));
  const newList =
    mine.lists.length < MAX_LISTS
      ? [
          {
            id: NEW_LIST_GROUP,
            label: msg('＋ 新建收藏列表', { id: 'watch.newList' }),
            opens: true,
          },
        ]
      : [];
  const hidden =
    mine.hiddenCount > 0
      ? [{ id: HIDDEN_GROUP, label: msg('已隐藏的频道', { id: 'watch.hiddenGroup' }) }]
      : [];
  return [
    // Above the guide, so Up from 全部频道 still reaches 节目指南 first.
    { id: SEARCH_GROUP, label: msg('搜索节目', { id: 'watch.search' }), opens: true },
    { id: GUIDE_GROUP, label: msg('节目指南', { id: 'watch.guide' }), opens: true },
    { id: ALL_GROUP, label: msg('全部频道', { id: 'watch.allChannels' }) },
    ...lists,
    ...newList,
    { id: RECENT_GROUP, label: msg('最近观看', { id: 'watch.recent' }) },
    ...[...named].map((g) => ({ id: g, label: g })),
    ...hidden,
  ];
}

/**
 * The rows of one group; `onNow` names what the channel at an index shows now
 * ('' when unknown). 最近观看 lists the most recent first, a favourite list
 * the household's order; every other group keeps the playlist's order.
 */
export function channelRows(
  channels: readonly Channel[],
  groupId: string,
  kept: KeptChannels,
  onNow: (index: number) => string,
): ChannelRow[] {
  const row = (index: number): ChannelRow => {
    const channel = channels[index] as Channel;
    return {
      index,
      number: String(displayNumber(channels, index)),
      name: channel.name,
      detail: onNow(index),
      favourite: kept.mine.isFavourite(channel.key),
    };
  };
  const inOrder = (keys: readonly string[]) => {
    // A channel the new playlist no longer has is skipped, not shown empty.
    const position = new Map(channels.map((channel, index) => [channel.key, index]));
    const indices: number[] = [];
    for (const key of keys) {
      const index = position.get(key);
      if (index !== undefined) indices.push(index);
    }
    return indices;
  };
  if (groupId === RECENT_GROUP) return inOrder(kept.recent).map(row);
  const listId = listOfGroup(groupId);
  if (listId !== undefined) {
    const keys = kept.mine.list(listId)?.keys ?? [];
    return inOrder(keys.filter((key) => !kept.mine.isHidden(key))).map(row);
  }
  const rows: ChannelRow[] = [];
  channels.forEach((channel, index) => {
    const hidden = kept.mine.isHidden(channel.key);
    const inGroup =
      groupId === HIDDEN_GROUP
        ? hidden
        : !hidden && (groupId === ALL_GROUP || channel.groups.includes(groupId));
    if (inGroup) rows.push(row(index));
  });
  return rows;
}

/** What an empty group says (a favourite list, 最近观看 or 已隐藏的频道 can be empty). */
export function emptyGroupText(groupId: string): string {
  if (groupId === RECENT_GROUP) {
    return msg('还没有看过的频道。', { id: 'watch.emptyRecent' });
  }
  if (groupId === HIDDEN_GROUP) {
    return msg('没有隐藏的频道。', { id: 'watch.emptyHidden' });
  }
  return msg('这里还没有频道。在频道上按黄色键可以收藏，按菜单键或红色键有更多选择。', {
    id: 'watch.emptyGroup',
  });
}
