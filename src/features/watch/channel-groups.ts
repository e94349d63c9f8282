/**
 * The channel list's left column and its rows: 搜索节目, 节目指南, 全部频道,
 * 我的收藏, 最近观看, then the playlist's own groups in the order they first appear; and,
 * for a group, its channels with their number, name and what is on now.
 */
import { msg } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import { displayNumber } from './channel-number.js';
import {
  GUIDE_GROUP,
  SEARCH_GROUP,
  type ChannelGroup,
  type ChannelRow,
} from './lightning/channel-list-panel.js';

export const ALL_GROUP = '#all';
export const FAVOURITES_GROUP = '#favourites';
export const RECENT_GROUP = '#recent';

/** What the household keeps of its own: favourites, and recent channels (most recent first). */
export interface KeptChannels {
  favourites: ReadonlySet<string>;
  recent: readonly string[];
}

export function channelGroups(channels: readonly Channel[]): ChannelGroup[] {
  const named = new Set<string>();
  for (const c of channels) for (const g of c.groups) named.add(g);
  return [
    // Above the guide, so Up from 全部频道 still reaches 节目指南 first.
    { id: SEARCH_GROUP, label: msg('搜索节目', { id: 'watch.search' }), opens: true },
    { id: GUIDE_GROUP, label: msg('节目指南', { id: 'watch.guide' }), opens: true },
    { id: ALL_GROUP, label: msg('全部频道', { id: 'watch.allChannels' }) },
    { id: FAVOURITES_GROUP, label: msg('我的收藏', { id: 'watch.favourites' }) },
    { id: RECENT_GROUP, label: msg('最近观看', { id: 'watch.recent' }) },
    ...[...named].map((g) => ({ id: g, label: g })),
  ];
}

/**
 * The rows of one group; `onNow` names what the channel at an index shows now
 * ('' when unknown). 最近观看 lists the most recent first; every other group
 * keeps the playlist's order.
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
      favourite: kept.favourites.has(channel.key),
    };
  };
  if (groupId === RECENT_GROUP) {
    // A channel the new playlist no longer has is skipped, not shown empty.
    const indices = kept.recent
      .map((key) => channels.findIndex((channel) => channel.key === key))
      .filter((index) => index >= 0);
    return indices.map(row);
  }
  const rows: ChannelRow[] = [];
  channels.forEach((channel, index) => {
    const inGroup =
      groupId === ALL_GROUP ||
      (groupId === FAVOURITES_GROUP
        ? kept.favourites.has(channel.key)
        : channel.groups.includes(groupId));
    if (inGroup) rows.push(row(index));
  });
  return rows;
}

/** What an empty group says (only 我的收藏 and 最近观看 can be empty). */
export function emptyGroupText(groupId: string): string {
  if (groupId === RECENT_GROUP) {
    return msg('还没有看过的频道。', { id: 'watch.emptyRecent' });
  }
  return msg('这里还没有频道。在频道上按黄色键可以收藏。', { id: 'watch.emptyGroup' });
}
