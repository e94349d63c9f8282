/**
 * Gives each channel of one list a key that stays the same when the list is
 * reloaded: the guide id when it names exactly one channel (ids are what the
 * operator keeps stable), else name and position. Lists often repeat a tvg-id
 * for backup streams of one channel, which is why a shared id is not used.
 */
import type { Channel } from './channel-types.js';

export type UnkeyedChannel = Omit<Channel, 'key'>;

export function withChannelKeys(channels: UnkeyedChannel[]): Channel[] {
  const idCounts = new Map<string, number>();
  for (const { tvgId } of channels) {
    if (tvgId) idCounts.set(tvgId, (idCounts.get(tvgId) ?? 0) + 1);
  }
  const used = new Set<string>();
  const keys: (string | undefined)[] = channels.map(({ tvgId }) => {
    if (!tvgId || idCounts.get(tvgId) !== 1) return undefined;
    used.add(tvgId);
    return tvgId;
  });
  return channels.map((channel, index) => {
    let key = keys[index];
    if (key === undefined) {
      key = `${channel.name}#${index}`;
      // Only a list built to collide (a tvg-id of "Name#3") gets here; keys must stay unique.
      while (used.has(key)) key += '#';
      used.add(key);
    }
    return { key, ...channel };
  });
}
