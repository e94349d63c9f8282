// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPin, verifyPin } from '@src/data/household-pin/pin-hash.js';
import { PinLock } from '@src/data/household-pin/pin-lock.js';
import { waitAfter } from '@src/data/household-pin/pin-throttle.js';

const FAST = 1_000; // iterations: the tests check behaviour, not strength

describe('the PIN hash', () => {
  it('accepts the PIN it was made from and nothing else', async () => {
    const stored = await hashPin('246810', FAST);
    expect(await verifyPin('246810', stored)).toBe(true);
    expect(await verifyPin('246811', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('never stores the PIN itself, and salts each hash differently', async () => {
    const a = await hashPin('123456', FAST);
    const b = await hashPin('123456', FAST);
    expect(JSON.stringify(a)).not.toContain('123456');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });
});

describe('the wait after wrong tries', () => {
  it('lets three slips go, then doubles from 30 seconds up to a quarter of an hour', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect(waitAfter(3)).toBe(30_000);
    expect(waitAfter(4)).toBe(60_000);
    expect(waitAfter(5)).toBe(120_000);
    expect(waitAfter(30)).toBe(15 * 60_000);
  });
});

describe('the household lock', () => {
  let now = 1_700_000_000_000;
  const clock = () => now;

  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('has no PIN until one is set, and is open right after setting it', async () => {
    const lock = new PinLock(clock, 60_000);
    expect(lock.state).toBe('no-pin');
    await lock.setPin('135790');
    expect(lock.state).toBe('unlocked');
    expect(localStorage.getItem('hearth.pin')).not.toContain('135790');
  });

  it('refuses PINs that are not six digits', async () => {
    await expect(new PinLock(clock).setPin('12ab56')).rejects.toThrow();
    await expect(new PinLock(clock).setPin('12345')).rejects.toThrow();
  });

  it('locks again after the idle time, and a key press postpones it', async () => {
    const lock = new PinLock(clock, 60_000);
    await lock.setPin('135790');
    vi.advanceTimersByTime(50_000);
    lock.noteActivity();
    vi.advanceTimersByTime(50_000);
    expect(lock.state).toBe('unlocked');
    vi.advanceTimersByTime(11_000);
    expect(lock.state).toBe('locked');
  });

  it('makes the household wait after the third wrong try, even across a reload', async () => {
    await new PinLock(clock).setPin('135790');
    const lock = new PinLock(clock);
    lock.lock();
    expect(await lock.unlock('000001')).toMatchObject({ ok: false, reason: 'wrong', triesLeft: 2 });
    expect(await lock.unlock('000002')).toMatchObject({ ok: false, triesLeft: 1 });
    const third = await lock.unlock('000003');
    expect(third).toMatchObject({ ok: false, reason: 'wrong', triesLeft: 0 });
    expect(third.ok === false && 'waitUntil' in third && third.waitUntil).toBe(now + 30_000);

    const afterReload = new PinLock(clock);
    expect(await afterReload.unlock('135790')).toMatchObject({ ok: false, reason: 'wait' });
    now += 30_001;
    expect(await afterReload.unlock('135790')).toEqual({ ok: true });
    expect(afterReload.state).toBe('unlocked');
  });

  it('checks the old PIN for a change without opening a closed lock', async () => {
    await new PinLock(clock).setPin('135790');
    const lock = new PinLock(clock);
    expect((await lock.check('135790')).ok).toBe(true);
    expect(lock.state).toBe('locked');
  });

  it('tells its listeners when it opens and closes', async () => {
    const lock = new PinLock(clock);
    const heard = vi.fn();
    lock.addEventListener('change', heard);
    await lock.setPin('135790');
    lock.lock();
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
