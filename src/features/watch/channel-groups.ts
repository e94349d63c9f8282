/**
 * The channel list's left column and its rows: 节目指南, 全部频道, 我的收藏,
 * then the playlist's own groups in the order they first appear; and, for a
 * group, its channels with their number, name and what is on now.
 */
import { msg } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import { displayNumber } from './channel-number.js';
import { GUIDE_GROUP, type ChannelGroup, type ChannelRow } from './lightning/channel-list-panel.js';

export const ALL_GROUP = '#all';
export const FAVOURITES_GROUP = '#favourites';

export function channelGroups(channels: readonly Channel[]): ChannelGroup[] {
  const named = new Set<string>();
  for (const c of channels) for (const g of c.groups) named.add(g);
  return [
    { id: GUIDE_GROUP, label: msg('节目指南', { id: 'watch.guide' }) },
    { id: ALL_GROUP, label: msg('全部频道', { id: 'watch.allChannels' }) },
    { id: FAVOURITES_GROUP, label: msg('我的收藏', { id: 'watch.favourites' }) },
    ...[...named].map((g) => ({ id: g, label: g })),
  ];
}

/** The rows of one group; `onNow` names what the channel at an index shows now ('' when unknown). */
export function channelRows(
  channels: readonly Channel[],
  groupId: string,
  favourites: ReadonlySet<string>,
  onNow: (index: number) => string,
): ChannelRow[] {
  const rows: ChannelRow[] = [];
  channels.forEach((channel, index) => {
    const inGroup =
      groupId === ALL_GROUP ||
      (groupId === FAVOURITES_GROUP
        ? favourites.has(channel.key)
        : channel.groups.includes(groupId));
    if (!inGroup) return;
    rows.push({
      index,
      number: String(displayNumber(channels, index)),
      name: channel.name,
      detail: onNow(index),
      favourite: favourites.has(channel.key),
    });
  });
  return rows;
}

/** What an empty group says (only 我的收藏 can be empty). */
export function emptyGroupText(): string {
  return msg('这里还没有频道。在频道上按黄色键可以收藏。', { id: 'watch.emptyGroup' });
}
