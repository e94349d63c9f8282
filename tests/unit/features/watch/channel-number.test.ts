import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '@src/data/channels/channel-types.js';
import {
  NumberEntry,
  channelIndexForNumber,
  displayNumber,
} from '@src/features/watch/channel-number.js';

function channel(name: string, number?: number): Channel {
  return {
    key: name,
    name,
    url: `/${name}.m3u8`,
    headers: {},
    number,
    groups: [],
    radio: false,
    kodiProps: {},
    vlcOptions: {},
  };
}

describe('channel numbers', () => {
  it('finds a channel by its tvg-chno', () => {
    const channels = [channel('a', 1), channel('b', 15), channel('c', 101)];
    expect(channelIndexForNumber(channels, 15)).toBe(1);
    expect(channelIndexForNumber(channels, 101)).toBe(2);
  });

  it('refuses a number no channel carries when the list has numbers', () => {
    const channels = [channel('a', 1), channel('b', 15)];
    expect(channelIndexForNumber(channels, 2)).toBe(-1);
  });

  it('counts positions from 1 when the list has no numbers', () => {
    const channels = [channel('a'), channel('b'), channel('c')];
    expect(channelIndexForNumber(channels, 3)).toBe(2);
    expect(channelIndexForNumber(channels, 4)).toBe(-1);
    expect(channelIndexForNumber(channels, 0)).toBe(-1);
    expect(displayNumber(channels, 1)).toBe(2);
  });
});

describe('NumberEntry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows each digit and chooses the number when typing stops', () => {
    const shown: string[] = [];
    const chosen: number[] = [];
    const entry = new NumberEntry(
      (d) => shown.push(d),
      (n) => chosen.push(n),
      2000,
    );
    entry.type(1);
    entry.type(2);
    expect(shown).toEqual(['1', '12']);
    expect(chosen).toEqual([]);
    vi.advanceTimersByTime(2000);
    expect(chosen).toEqual([12]);
    expect(shown.at(-1)).toBe('');
  });

  it('chooses at once on the fourth digit or on commit, and forgets on cancel', () => {
    const chosen: number[] = [];
    const entry = new NumberEntry(
      () => undefined,
      (n) => chosen.push(n),
      2000,
    );
    [1, 0, 0, 1].forEach((d) => entry.type(d));
    expect(chosen).toEqual([1001]);
    entry.type(7);
    entry.commit();
    expect(chosen).toEqual([1001, 7]);
    entry.type(5);
    entry.cancel();
    vi.advanceTimersByTime(5000);
    expect(chosen).toEqual([1001, 7]);
  });
});
