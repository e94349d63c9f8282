/**
 * 我的收藏 as live TV keeps it: the household's favourite channels (stored by
 * channel-memory.ts), and what the speech bridge says when one is added or
 * taken away (Yellow, on the picture or in the channel list).
 */
import { msg, str } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import { favouriteChannels, saveFavourites } from './channel-memory.js';

export class Favourites {
  private readonly _keys = favouriteChannels();

  get keys(): ReadonlySet<string> {
    return this._keys;
  }

  has(key: string): boolean {
    return this._keys.has(key);
  }

  /** Add the channel, or take it away if it was there; returns what to say. */
  toggle(channel: Channel): string {
    const added = !this._keys.delete(channel.key);
    if (added) this._keys.add(channel.key);
    saveFavourites(this._keys);
    return added
      ? msg(str`已收藏 ${channel.name}`, { id: 'watch.favouriteAdded' })
      : msg(str`已取消收藏 ${channel.name}`, { id: 'watch.favouriteRemoved' });
  }
}
