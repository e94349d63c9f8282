import { beforeEach, describe, expect, it } from 'vitest';
import {
  RECENT_LIMIT,
  favouriteChannels,
  recentChannels,
  rememberChannel,
  rememberedChannel,
  saveFavourites,
} from '../../../../src/features/watch/channel-memory.js';

/** A Storage for node, as a TV's localStorage keeps strings. */
class MemoryStorage {
  private readonly _items = new Map<string, string>();
  getItem(key: string): string | null {
    return this._items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this._items.set(key, value);
  }
}

describe('what live TV keeps between visits', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', {
      value: new MemoryStorage(),
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

  it('keeps favourites and recent channels apart', () => {
    rememberChannel('a');
    saveFavourites(new Set(['b']));
    rememberChannel('c');
    expect([...favouriteChannels()]).toEqual(['b']);
    expect(recentChannels()).toEqual(['c', 'a']);
  });

  it('starts afresh from a damaged record', () => {
    localStorage.setItem('hearth.watch', '{"recent": [1, "x", null], "favourites": "no"}');
    expect(recentChannels()).toEqual(['x']);
    expect([...favouriteChannels()]).toEqual([]);
    localStorage.setItem('hearth.watch', 'not json');
    expect(recentChannels()).toEqual([]);
  });
});
