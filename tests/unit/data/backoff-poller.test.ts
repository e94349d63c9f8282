import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackoffPoller } from '@src/data/backoff-poller';

/** A poll that stays under way until `finish()` is called. */
function slowPoll(ok = true) {
  const finishers: (() => void)[] = [];
  const poll = vi.fn(
    () =>
      new Promise<boolean>((resolve) => {
        finishers.push(() => resolve(ok));
      }),
  );
  return { poll, finish: () => finishers.shift()?.() };
}

describe('a backoff poller', () => {
  afterEach(() => vi.useRealTimers());

  it('asked during a poll, polls once more after it, however often it was asked', async () => {
    const { poll, finish } = slowPoll();
    const poller = new BackoffPoller(60, poll);
    const first = poller.pollNow();
    const asked = [poller.pollNow(), poller.pollNow(), poller.pollNow()];
    expect(poll).toHaveBeenCalledTimes(1);
    finish();
    await first;
    await vi.waitFor(() => expect(poll).toHaveBeenCalledTimes(2));
    finish();
    await Promise.all(asked);
    expect(poll).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('waits longer after each failure, up to ten minutes, and at the set pace once it succeeds', async () => {
    vi.useFakeTimers();
    // The ±10 % spread at its middle, so the waits are exact here.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    let ok = false;
    const poll = vi.fn(() => Promise.resolve(ok));
    const poller = new BackoffPoller(60, poll);
    const pollsAfter = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      return poll.mock.calls.length;
    };
    poller.start();
    expect(await pollsAfter(0)).toBe(1);
    // One failure: 2 minutes; two: 4; then 8, then the ten-minute cap.
    expect(await pollsAfter(119_000)).toBe(1);
    expect(await pollsAfter(1_000)).toBe(2);
    expect(await pollsAfter(239_000)).toBe(2);
    expect(await pollsAfter(1_000)).toBe(3);
    expect(await pollsAfter(8 * 60_000)).toBe(4);
    expect(await pollsAfter(10 * 60_000 - 1_000)).toBe(4);
    ok = true;
    expect(await pollsAfter(1_000)).toBe(5);
    // A success: every minute again.
    expect(await pollsAfter(60_000)).toBe(6);
    expect(await pollsAfter(60_000)).toBe(7);
    poller.stop();
    vi.restoreAllMocks();
  });

  it('stopped while a poll is under way, does not poll again', async () => {
    vi.useFakeTimers();
    const { poll, finish } = slowPoll();
    const poller = new BackoffPoller(60, poll);
    poller.start();
    poller.stop();
    finish();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(poll).toHaveBeenCalledTimes(1);
  });
});
