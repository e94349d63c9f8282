/**
 * What live TV shows and says of a locked channel (频道锁): its name and how to
 * unlock it, never its programmes. The grid keeps each programme's place and
 * times (the household sees when something is on) but not its title.
 */
import { msg, str } from '@lit/localize';
import type { Programme } from '../../data/guide/guide-types.js';

export function lockedTitle(): string {
  return msg('已加锁', { id: 'watch.lockedTitle' });
}

/** Under the channel's name on the lock screen. */
export function lockedCaption(): string {
  return msg('这个频道已加锁。按确定键，输入家庭密码观看。', { id: 'watch.lockedCaption' });
}

/** Under the channel's name while a programme locked by its rating airs. */
export function ratedCaption(): string {
  return msg('正在播出的节目按分级已加锁。按确定键，输入家庭密码观看。', {
    id: 'watch.ratedCaption',
  });
}

/** What the speech bridge says on tuning to a channel airing a programme locked by its rating. */
export function ratedAnnouncement(number: number, name: string): string {
  return msg(str`${number} ${name}，正在播出的节目按分级已加锁。按确定键，输入家庭密码观看。`, {
    id: 'watch.ratedAnnouncement',
  });
}

/** What the speech bridge says on tuning to it. */
export function lockedAnnouncement(number: number, name: string): string {
  return msg(str`${number} ${name}，已加锁。按确定键，输入家庭密码观看。`, {
    id: 'watch.lockedAnnouncement',
  });
}

export function lockedDescription(name: string): string {
  return msg(str`${name}，已加锁`, { id: 'watch.lockedDescription' });
}

/**
 * A programme locked by its rating: its times and rating (so every later check
 * still sees it locked), nothing of what it is.
 */
export function withoutRatedTitle({ channelId, start, stop, rating }: Programme): Programme {
  return rating
    ? { channelId, start, stop, title: lockedTitle(), rating }
    : { channelId, start, stop, title: lockedTitle() };
}

/** The programmes with nothing of what they are: no title, sub-title, description or category. */
export function withoutTitles(programmes: readonly Programme[]): Programme[] {
  const title = lockedTitle();
  return programmes.map(({ channelId, start, stop }) => ({ channelId, start, stop, title }));
}
