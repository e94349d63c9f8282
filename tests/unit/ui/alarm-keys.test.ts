import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HearthKeyDetail, HearthKeyEvent } from '@src/focus/key-input.js';
import type { LogicalKey } from '@src/focus/logical-key.js';
import { AlarmKeys, UNSEEN_MS } from '@src/ui/alarm-keys.js';

/** The key as the alarm's dialog hears it; true when the alarm let it through. */
function offer(keys: AlarmKeys, key: LogicalKey): boolean {
  const detail: HearthKeyDetail = { key, repeat: false, native: false, heldMs: 0 };
  const event = new CustomEvent('hearth-key', { cancelable: true, detail }) as HearthKeyEvent;
  keys.onKey(event);
  return !event.defaultPrevented;
}

describe('the remote while an alarm holds the screen', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
  afterEach(() => vi.useRealTimers());

  it('does not take an OK pressed before the alarm can have been read', () => {
    const keys = new AlarmKeys();
    vi.advanceTimersByTime(10_000);
    keys.shown();
    vi.advanceTimersByTime(120);
    expect(offer(keys, 'Ok')).toBe(false);
    vi.advanceTimersByTime(UNSEEN_MS);
    expect(offer(keys, 'Ok')).toBe(true);
  });

  it('starts over for each new alarm', () => {
    const keys = new AlarmKeys();
    keys.shown();
    vi.advanceTimersByTime(2_000);
    expect(offer(keys, 'Ok')).toBe(true);
    keys.shown();
    expect(offer(keys, 'Ok')).toBe(false);
  });

  it('lets the arrows move to OK at once, and keeps every other key', () => {
    const keys = new AlarmKeys();
    keys.shown();
    for (const key of ['Left', 'Right', 'Up', 'Down'] as const) expect(offer(keys, key)).toBe(true);
    vi.advanceTimersByTime(2_000);
    for (const key of ['Back', 'Home', 'ChannelUp', 'Digit1'] as const) {
      expect(offer(keys, key)).toBe(false);
    }
  });
});
