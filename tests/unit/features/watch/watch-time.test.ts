import { describe, expect, it } from 'vitest';
import { clockTime, startOfDay } from '@src/features/watch/watch-time.js';

describe('watch times', () => {
  it('shows times in the configured zone, not the machine one', () => {
    const at = Date.UTC(2026, 10, 24, 11, 5);
    expect(clockTime(at, 'Asia/Shanghai')).toBe('19:05');
    expect(clockTime(at, 'UTC')).toBe('11:05');
  });

  it('finds local midnight in the configured zone', () => {
    const at = Date.UTC(2026, 10, 24, 17, 0); // 01:00 on the 25th in Shanghai
    expect(startOfDay(at, 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 24, 16, 0));
    expect(startOfDay(at, 'UTC')).toBe(Date.UTC(2026, 10, 24, 0, 0));
  });

  it('finds midnight on a day when the clocks change', () => {
    // Europe/London leaves summer time on 2026-10-25 at 01:00 UTC.
    const at = Date.UTC(2026, 9, 25, 12, 0);
    expect(startOfDay(at, 'Europe/London')).toBe(Date.UTC(2026, 9, 24, 23, 0));
  });
});
