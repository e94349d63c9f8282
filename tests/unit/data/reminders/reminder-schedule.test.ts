import { describe, expect, it } from 'vitest';
import type { Programme } from '@src/data/guide/guide-types.js';
import {
  ReminderStore,
  parseReminders,
  reminderId,
  type ProgrammeReminder,
} from '@src/data/reminders/programme-reminders.js';
import {
  dueReminder,
  followGuide,
  nextDueAt,
  withoutPast,
} from '@src/data/reminders/reminder-schedule.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
// 2026-12-06 19:00 in Shanghai.
const SEVEN = Date.UTC(2026, 11, 6, 11, 0);

function reminder(extra: Partial<ProgrammeReminder> = {}): ProgrammeReminder {
  return {
    channelKey: 'news',
    channelName: '演示新闻',
    title: '新闻联播',
    start: SEVEN,
    stop: SEVEN + 30 * MIN,
    autoSwitch: false,
    ...extra,
  };
}

function programme(title: string, start: number, minutes = 30): Programme {
  return { channelId: 'news.cn', title, start, stop: start + minutes * MIN };
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('when a programme reminder is due', () => {
  const list = [
    reminder(),
    reminder({ channelKey: 'sport', start: SEVEN + HOUR, stop: SEVEN + 2 * HOUR }),
  ];

  it('is due its lead before the start, stays due while the programme runs, then is not', () => {
    expect(dueReminder(list, SEVEN - MIN - 1, MIN, new Set())).toBeUndefined();
    expect(dueReminder(list, SEVEN - MIN, MIN, new Set())?.channelKey).toBe('news');
    expect(dueReminder(list, SEVEN + 29 * MIN, MIN, new Set())?.channelKey).toBe('news');
    expect(dueReminder(list, SEVEN + 30 * MIN, MIN, new Set())).toBeUndefined();
  });

  it('with no lead, is due exactly at the start; one put away is not due again', () => {
    expect(dueReminder(list, SEVEN - 1, 0, new Set())).toBeUndefined();
    expect(dueReminder(list, SEVEN, 0, new Set())?.channelKey).toBe('news');
    const put = new Set([reminderId(list[0] as ProgrammeReminder)]);
    expect(dueReminder(list, SEVEN + 5 * MIN, 0, put)).toBeUndefined();
  });

  it('names the next moment one falls due, for the overlay to sleep until', () => {
    expect(nextDueAt(list, SEVEN - HOUR, 3 * MIN)).toBe(SEVEN - 3 * MIN);
    expect(nextDueAt(list, SEVEN, 3 * MIN)).toBe(SEVEN + HOUR - 3 * MIN);
    expect(nextDueAt(list, SEVEN + 2 * HOUR, 3 * MIN)).toBeUndefined();
  });

  it('forgets programmes that are over', () => {
    expect(withoutPast(list, SEVEN + 45 * MIN).map((r) => r.channelKey)).toEqual(['sport']);
  });
});

describe('a reminder across a new guide', () => {
  it('is kept when its programme is where it was', () => {
    expect(followGuide(reminder(), [programme('新闻联播', SEVEN)])).toEqual({ kind: 'kept' });
  });

  it('follows its programme when it moved within the day, to the nearest showing', () => {
    const guide = [
      programme('天气预报', SEVEN),
      programme('新闻联播', SEVEN + 15 * MIN),
      programme('新闻联播', SEVEN + 11 * HOUR),
    ];
    expect(followGuide(reminder(), guide)).toEqual({
      kind: 'moved',
      start: SEVEN + 15 * MIN,
      stop: SEVEN + 45 * MIN,
    });
  });

  it('is cancelled when the channel no longer shows it that day', () => {
    const guide = [programme('天气预报', SEVEN), programme('新闻联播', SEVEN + 13 * HOUR)];
    expect(followGuide(reminder(), guide)).toEqual({ kind: 'cancelled' });
  });

  it('is kept when the new guide has nothing for the channel', () => {
    expect(followGuide(reminder(), undefined)).toEqual({ kind: 'kept' });
    expect(followGuide(reminder(), [])).toEqual({ kind: 'kept' });
  });
});

describe('the reminder store', () => {
  it('survives a restart, soonest first, one per programme', () => {
    const storage = new MemoryStorage();
    const store = new ReminderStore(storage as unknown as Storage);
    store.add(reminder({ start: SEVEN + HOUR, stop: SEVEN + 2 * HOUR }));
    store.add(reminder());
    store.add(reminder({ autoSwitch: true }));
    const again = new ReminderStore(storage as unknown as Storage);
    expect(again.all.map((r) => [r.start, r.autoSwitch])).toEqual([
      [SEVEN, true],
      [SEVEN + HOUR, false],
    ]);
    again.remove(reminder());
    expect(new ReminderStore(storage as unknown as Storage).all).toHaveLength(1);
  });

  it('keeps only well-formed reminders from a damaged record', () => {
    const good = reminder();
    const raw = JSON.stringify([
      good,
      { ...good, start: 'soon' },
      { ...good, stop: good.start - 1 },
      7,
    ]);
    expect(parseReminders(raw)).toEqual([good]);
    expect(parseReminders('{oops')).toEqual([]);
    expect(parseReminders('{"a":1}')).toEqual([]);
  });
});
