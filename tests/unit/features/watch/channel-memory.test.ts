import { beforeEach, describe, expect, it } from 'vitest';
import {
  RECENT_LIMIT,
  formerFavourites,
  recentChannels,
  rememberChannel,
  rememberedChannel,
} from '@src/features/watch/channel-memory.js';
import { memoryStorage } from '../../../support/memory-storage.js';

describe('what live TV keeps between visits', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', {
      value: memoryStorage(),
      configurable: true,
    });
  });

  it('keeps the last ten channels watched, most recent first, each once', () => {
    for (let i = 1; i <= 12; i++) rememberChannel(`c${i}`);
    rememberChannel('c5');
    const recent = recentChannels();
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.slice(0, 3)).toEqual(['c5', 'c12', 'c11']);
    expect(new Set(recent).size).toBe(recent.length);
    expect(recent).not.toContain('c1');
    expect(rememberedChannel()).toBe('c5');
  });

  it('keeps the favourites of a household from before named lists, for my-channels to read', () => {
    localStorage.setItem('hearth.watch', '{"favourites": ["b"], "recent": []}');
    rememberChannel('a');
    rememberChannel('c');
    expect(formerFavourites()).toEqual(['b']);
    expect(recentChannels()).toEqual(['c', 'a']);
  });

  it('starts afresh from a damaged record', () => {
    localStorage.setItem('hearth.watch', '{"recent": [1, "x", null], "favourites": "no"}');
    expect(recentChannels()).toEqual(['x']);
    expect(formerFavourites()).toEqual([]);
    localStorage.setItem('hearth.watch', 'not json');
    expect(recentChannels()).toEqual([]);
  });
});
