import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_AHEAD_MS, FrameAlarm } from '@src/features/watch/frame-alarm.js';

describe('a reminder’s alarm', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // Frames at 60 Hz, on the fake clock (node has none of its own).
    vi.stubGlobal('requestAnimationFrame', (run: (t: number) => void) =>
      setTimeout(() => run(Date.now()), 1000 / 60),
    );
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('wakes in the animation frame before its time, looking that frame ahead', () => {
    const woke: { at: number; ahead: number }[] = [];
    const alarm = new FrameAlarm((ahead) => woke.push({ at: Date.now(), ahead }));
    // Not on a frame's edge: frames start 250 ms before and come every 16.7 ms.
    const at = Date.now() + 5_008;
    alarm.set(at);
    vi.advanceTimersByTime(4_000);
    expect(woke).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(woke).toHaveLength(1);
    const [first] = woke;
    expect(first?.ahead).toBe(FRAME_AHEAD_MS);
    expect(first && at - first.at).toBeGreaterThanOrEqual(0);
    expect(first && at - first.at).toBeLessThanOrEqual(FRAME_AHEAD_MS);
    // Once only: the timer kept for a page without frames does not wake it again.
    vi.advanceTimersByTime(1_000);
    expect(woke).toHaveLength(1);
  });

  it('still wakes at its time when the page has no frames (hidden, standby)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const woke: number[] = [];
    const alarm = new FrameAlarm(() => woke.push(Date.now()));
    const at = Date.now() + 2_000;
    alarm.set(at);
    vi.advanceTimersByTime(2_000);
    expect(woke).toEqual([at]);
  });

  it('looks again within a minute when nothing is due, and can be cancelled', () => {
    let woke = 0;
    const alarm = new FrameAlarm(() => woke++);
    alarm.set(undefined);
    vi.advanceTimersByTime(60_000);
    expect(woke).toBe(1);
    alarm.set(Date.now() + 1_000);
    alarm.cancel();
    vi.advanceTimersByTime(5_000);
    expect(woke).toBe(1);
  });
});
