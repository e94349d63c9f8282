import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  GRID_BUILD_LIMIT_MS,
  GRID_WAIT_CAP_MS,
  GridWatchdog,
} from '@src/features/watch/guide-watchdog.js';

describe('the grid watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up when rows are still missing and the worker said nothing for two seconds', () => {
    const stuck = vi.fn();
    const watchdog = new GridWatchdog(stuck, () => 7);
    watchdog.drawn(false);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS / 2);
    // Further incomplete draws (keys pressed while waiting) do not restart the clock.
    watchdog.drawn(false);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS / 2 - 1);
    expect(stuck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(stuck).toHaveBeenCalledTimes(1);
  });

  it('stands down when the rows arrive in time, and when the grid closes', () => {
    const stuck = vi.fn();
    const watchdog = new GridWatchdog(stuck, () => 0);
    watchdog.drawn(false);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS - 10);
    watchdog.drawn(true);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS * 2);
    watchdog.drawn(false);
    watchdog.stop();
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS * 2);
    expect(stuck).not.toHaveBeenCalled();
  });

  it('waits on a slow worker whose answers keep coming, but not for ever', () => {
    const stuck = vi.fn();
    let answers = 0;
    const watchdog = new GridWatchdog(stuck, () => answers);
    watchdog.drawn(false);
    // Each answer brings a row, but keys keep asking for new ones: never complete.
    for (let t = 0; t < GRID_WAIT_CAP_MS - GRID_BUILD_LIMIT_MS; t += GRID_BUILD_LIMIT_MS / 2) {
      answers++;
      watchdog.drawn(false);
      vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS / 2);
    }
    expect(stuck).not.toHaveBeenCalled();
    // Answers stop: two seconds later it gives up.
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS);
    expect(stuck).toHaveBeenCalledTimes(1);

    // Answers that never stop cannot hold an incomplete grid past the cap.
    const capped = vi.fn();
    const busy = new GridWatchdog(capped, () => ++answers);
    busy.drawn(false);
    vi.advanceTimersByTime(GRID_WAIT_CAP_MS - 1);
    expect(capped).not.toHaveBeenCalled();
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS);
    expect(capped).toHaveBeenCalledTimes(1);
  });

  it('gives up at once when drawing failed', () => {
    const stuck = vi.fn();
    const watchdog = new GridWatchdog(stuck, () => 0);
    watchdog.drawn(false);
    watchdog.fail();
    expect(stuck).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS * 2);
    expect(stuck).toHaveBeenCalledTimes(1);
  });
});
