import { describe, expect, it, vi } from 'vitest';
import type { Programme } from '@src/data/guide/guide-types.js';
import { GuideCache } from '@src/features/watch/guide-cache.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 24, 12);
const programme = (channelId: string, start: number, stop: number): Programme => ({
  channelId,
  start,
  stop,
  title: `${channelId}@${start}`,
});

function fakeSource(programmes: Programme[]) {
  return {
    programmes: vi.fn(async (ids: string[], from: number, to: number) => {
      const result = new Map<string, Programme[]>();
      for (const id of ids) {
        result.set(
          id,
          programmes.filter((p) => p.channelId === id && p.stop > from && p.start < to),
        );
      }
      return result;
    }),
  };
}

describe('GuideCache', () => {
  it('asks once for what is missing, then answers from memory', async () => {
    const source = fakeSource([programme('a', T0, T0 + HOUR), programme('b', T0, T0 + 2 * HOUR)]);
    const cache = new GuideCache(source);
    const changed = new Promise((resolve) => cache.addEventListener('change', resolve));
    expect(cache.window('a', T0, T0 + HOUR)).toBeUndefined();
    expect(cache.window('b', T0, T0 + HOUR)).toBeUndefined();
    expect(cache.answers).toBe(0);
    await changed;
    expect(source.programmes).toHaveBeenCalledTimes(1);
    expect(cache.answers).toBe(1);
    expect(cache.window('a', T0, T0 + HOUR)?.map((p) => p.title)).toEqual([`a@${T0}`]);
    expect(source.programmes).toHaveBeenCalledTimes(1);
  });

  it('lists a programme spanning two blocks once', async () => {
    const crossing = programme('a', T0 + 5 * HOUR, T0 + 7 * HOUR);
    const cache = new GuideCache(fakeSource([crossing]));
    cache.window('a', T0, T0 + 12 * HOUR);
    await new Promise((resolve) => cache.addEventListener('change', resolve));
    expect(cache.window('a', T0, T0 + 12 * HOUR)).toHaveLength(1);
  });

  it('gives now and next', async () => {
    const cache = new GuideCache(
      fakeSource([programme('a', T0, T0 + HOUR), programme('a', T0 + HOUR, T0 + 2 * HOUR)]),
    );
    cache.nowNext('a', T0 + 10);
    await new Promise((resolve) => cache.addEventListener('change', resolve));
    const { now, next } = cache.nowNext('a', T0 + 10) ?? {};
    expect(now?.start).toBe(T0);
    expect(next?.start).toBe(T0 + HOUR);
  });

  it('answers empty for a channel the guide does not know, and survives a failing worker', async () => {
    const cache = new GuideCache({ programmes: () => Promise.reject(new Error('worker gone')) });
    expect(cache.window(undefined, T0, T0 + HOUR)).toEqual([]);
    cache.window('a', T0, T0 + HOUR);
    await new Promise((resolve) => cache.addEventListener('change', resolve));
    expect(cache.window('a', T0, T0 + HOUR)).toEqual([]);
    // A failed answer is still an answer: the worker is not silent.
    expect(cache.answers).toBe(1);
  });
});
