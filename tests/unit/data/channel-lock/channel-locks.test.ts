import { describe, expect, it } from 'vitest';
import { ChannelLocks, UNLOCK_LASTS_MS } from '@src/data/channel-lock/channel-locks.js';
import { memoryStorage } from '../../../support/memory-storage.js';

const cctv = { key: 'cctv5', groups: ['体育'] };
const film = { key: 'movie1', groups: ['电影', '付费'] };
const news = { key: 'news', groups: ['新闻'] };

describe('channel locks', () => {
  it('lock a channel, or a whole group, and survive a reboot', () => {
    const storage = memoryStorage();
    const locks = new ChannelLocks(storage);
    locks.setChannel('cctv5', true);
    locks.setGroup('付费', true);
    const afterReboot = new ChannelLocks(storage);
    expect(afterReboot.isLocked(cctv)).toBe(true);
    expect(afterReboot.isLocked(film)).toBe(true);
    expect(afterReboot.isLocked(news)).toBe(false);
    afterReboot.setGroup('付费', false);
    expect(new ChannelLocks(storage).isLocked(film)).toBe(false);
  });

  it('the PIN opens every locked channel for four hours, then they lock again', () => {
    let now = 1_000_000;
    const locks = new ChannelLocks(null, () => now);
    locks.setChannel('cctv5', true);
    locks.unlock();
    expect(locks.isLocked(cctv)).toBe(false);
    expect(locks.isSetFor(cctv)).toBe(true);
    now += UNLOCK_LASTS_MS - 1;
    expect(locks.isLocked(cctv)).toBe(false);
    now += 1;
    expect(locks.isLocked(cctv)).toBe(true);
  });

  it('standby locks again at once, and says so', () => {
    const locks = new ChannelLocks(null);
    locks.setChannel('cctv5', true);
    locks.unlock();
    let changes = 0;
    locks.addEventListener('change', () => changes++);
    locks.relock();
    expect(locks.isLocked(cctv)).toBe(true);
    expect(changes).toBe(1);
  });

  it('a damaged or hostile record locks nothing and does not throw', () => {
    for (const raw of [
      '{',
      '[]',
      '{"channels":"cctv5"}',
      '{"channels":[1,null,{}]}',
      'null',
      '{"ratingAge":0}',
      '{"ratingAge":"18"}',
      '{"ratingAge":-1}',
    ]) {
      const storage = memoryStorage();
      storage.setItem('hearth.channelLock', raw);
      const locks = new ChannelLocks(storage);
      expect(locks.any).toBe(false);
      expect(locks.isLocked(cctv)).toBe(false);
    }
  });

  it('lock programmes rated for the chosen age or older, across a reboot, until the PIN', () => {
    let now = 1_000_000;
    const storage = memoryStorage();
    const locks = new ChannelLocks(storage, () => now);
    const adults = { rating: { value: '18+' } };
    const teens = { rating: { value: 'TV-14', system: 'VCHIP' } };
    const unknown = { rating: { value: 'Unrated' } };
    expect(locks.programmeLocked(adults)).toBe(false);
    locks.setRatingAge(16);
    expect(locks.any).toBe(true);
    const afterReboot = new ChannelLocks(storage, () => now);
    expect(afterReboot.ratingAge).toBe(16);
    expect(afterReboot.programmeLocked(adults)).toBe(true);
    expect(afterReboot.programmeLocked(teens)).toBe(false);
    expect(afterReboot.programmeLocked(unknown)).toBe(false);
    expect(afterReboot.programmeLocked({})).toBe(false);
    expect(afterReboot.programmeLocked(undefined)).toBe(false);
    afterReboot.unlock();
    expect(afterReboot.programmeLocked(adults)).toBe(false);
    now += UNLOCK_LASTS_MS;
    expect(afterReboot.programmeLocked(adults)).toBe(true);
    afterReboot.setRatingAge(null);
    expect(new ChannelLocks(storage).ratingAge).toBe(null);
  });
});
