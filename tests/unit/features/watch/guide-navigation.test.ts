import { describe, expect, it } from 'vitest';
import type { Programme } from '@src/data/guide/guide-types.js';
import {
  WINDOW_MS,
  alignToStep,
  programmeAtAnchor,
  stepInTime,
} from '@src/features/watch/guide-navigation.js';

const T0 = Date.UTC(2026, 10, 24, 11, 0); // 19:00 in Shanghai
const MIN = 60_000;
const p = (startMin: number, stopMin: number, title = `p${startMin}`): Programme => ({
  channelId: 'c',
  start: T0 + startMin * MIN,
  stop: T0 + stopMin * MIN,
  title,
});
const bounds = { min: T0 - 7 * 24 * 60 * MIN, max: T0 + 7 * 24 * 60 * MIN };

describe('guide navigation', () => {
  const row = [p(-60, 0), p(0, 30), p(30, 45), p(45, 120), p(120, 180), p(180, 240)];

  it('lands on the programme on air at the anchor time', () => {
    expect(programmeAtAnchor(row, T0 + 40 * MIN, T0 + WINDOW_MS)?.title).toBe('p30');
  });

  it('lands on the next programme when the anchor falls in a gap', () => {
    const gappy = [p(0, 30), p(60, 90)];
    expect(programmeAtAnchor(gappy, T0 + 40 * MIN, T0 + WINDOW_MS)?.title).toBe('p60');
  });

  it('steps right to the next programme and keeps the window while it fits', () => {
    const next = stepInTime(row, row[1], { windowStart: T0, anchor: T0 }, 1, bounds);
    expect(next).toEqual({ windowStart: T0, anchor: T0 + 30 * MIN });
  });

  it('slides the window when the next programme starts beyond it', () => {
    const next = stepInTime(row, row[3], { windowStart: T0, anchor: T0 + 45 * MIN }, 1, bounds);
    expect(next.windowStart).toBe(T0 + 120 * MIN);
    expect(next.anchor).toBe(T0 + 120 * MIN);
  });

  it('slides back to show a programme that started before the window', () => {
    const next = stepInTime(row, row[1], { windowStart: T0, anchor: T0 }, -1, bounds);
    expect(next.windowStart).toBe(alignToStep(T0 - 60 * MIN));
    expect(next.anchor).toBe(T0 - 60 * MIN);
  });

  it('slides back far enough to show the whole of a long programme, or its last two hours', () => {
    // Focus on 19:00; before it a film from 17:09 to 19:00: the window starts at 17:00.
    const film = [p(-111, 0, 'film'), p(0, 30)];
    const next = stepInTime(film, film[1], { windowStart: T0, anchor: T0 }, -1, bounds);
    expect(next.windowStart).toBe(T0 - 120 * MIN);
    expect(next.anchor).toBe(T0 - 111 * MIN);
    // A six-hour programme shows its last two hours.
    const marathon = [p(-360, 0, 'marathon'), p(0, 30)];
    const after = stepInTime(marathon, marathon[1], { windowStart: T0, anchor: T0 }, -1, bounds);
    expect(after.windowStart).toBe(T0 - 120 * MIN);
  });

  it('moves half an hour at a time over a row without programmes', () => {
    const next = stepInTime([], undefined, { windowStart: T0, anchor: T0 + 10 * MIN }, 1, bounds);
    expect(next.windowStart).toBe(T0 + 30 * MIN);
    expect(next.anchor).toBe(T0 + 40 * MIN);
  });

  it('never leaves the days the guide offers', () => {
    const edge = { min: T0, max: T0 + 60 * MIN };
    expect(stepInTime([], undefined, { windowStart: T0, anchor: T0 }, -1, edge).windowStart).toBe(
      T0,
    );
    const far = stepInTime(
      [],
      undefined,
      { windowStart: T0 + 60 * MIN, anchor: T0 + 60 * MIN },
      1,
      edge,
    );
    expect(far.windowStart).toBe(T0 + 60 * MIN);
  });
});
