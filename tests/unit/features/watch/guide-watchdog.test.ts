import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  GRID_BUILD_LIMIT_MS,
  GridWatchdog,
} from '../../../../src/features/watch/guide-watchdog.js';

describe('the grid watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up when rows are still missing two seconds after the first incomplete draw', () => {
    const stuck = vi.fn();
    const watchdog = new GridWatchdog(stuck);
    watchdog.drawn(false);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS / 2);
    // Further incomplete draws (keys, arrivals for other rows) do not restart the clock.
    watchdog.drawn(false);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS / 2 - 1);
    expect(stuck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(stuck).toHaveBeenCalledTimes(1);
  });

  it('stands down when the rows arrive in time, and when the grid closes', () => {
    const stuck = vi.fn();
    const watchdog = new GridWatchdog(stuck);
    watchdog.drawn(false);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS - 10);
    watchdog.drawn(true);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS * 2);
    watchdog.drawn(false);
    watchdog.stop();
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS * 2);
    expect(stuck).not.toHaveBeenCalled();
  });

  it('gives up at once when drawing failed', () => {
    const stuck = vi.fn();
    const watchdog = new GridWatchdog(stuck);
    watchdog.drawn(false);
    watchdog.fail();
    expect(stuck).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(GRID_BUILD_LIMIT_MS * 2);
    expect(stuck).toHaveBeenCalledTimes(1);
  });
});
