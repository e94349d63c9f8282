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
    for (const raw of ['{', '[]', '{"channels":"cctv5"}', '{"channels":[1,null,{}]}', 'null']) {
      const storage = memoryStorage();
      storage.setItem('hearth.channelLock', raw);
      const locks = new ChannelLocks(storage);
      expect(locks.any).toBe(false);
      expect(locks.isLocked(cctv)).toBe(false);
    }
  });
});
