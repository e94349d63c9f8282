import { describe, expect, it } from 'vitest';
import { testChannel } from '../../../support/test-channel.js';
import type { Programme } from '@src/data/guide/guide-types.js';
import { ReminderStore, type ProgrammeReminder } from '@src/data/reminders/programme-reminders.js';
import {
  followRemindersInGuide,
  reminderCancelledNotice,
} from '@src/features/watch/reminders-follow-guide.js';

const MIN = 60_000;
const SEVEN = Date.UTC(2026, 11, 6, 11, 0);

const channel = testChannel;

function reminder(channelKey: string, title: string, start = SEVEN): ProgrammeReminder {
  return {
    channelKey,
    channelName: channelKey,
    title,
    start,
    stop: start + 30 * MIN,
    autoSwitch: false,
  };
}

describe('reminders across a guide refresh', () => {
  it('moves, cancels and keeps each by its channel in the new guide, and keeps one set meanwhile', async () => {
    const store = new ReminderStore(null);
    store.add(reminder('news', '新闻联播'));
    store.add(reminder('sport', '足球之夜'));
    store.add(reminder('film', '电影'));
    store.add(reminder('gone', '老节目'));
    const guide = new Map<string, Programme[]>([
      [
        'news.cn',
        [
          {
            channelId: 'news.cn',
            title: '新闻联播',
            start: SEVEN + 10 * MIN,
            stop: SEVEN + 40 * MIN,
          },
        ],
      ],
      [
        'sport.cn',
        [{ channelId: 'sport.cn', title: '篮球', start: SEVEN, stop: SEVEN + 60 * MIN }],
      ],
    ]);
    const matches = new Map([
      ['news', 'news.cn'],
      ['sport', 'sport.cn'],
      ['film', 'film.cn'],
    ]);
    const query = {
      programmes: async (ids: string[]) => {
        // The household sets another reminder while the guide is being asked.
        store.add(reminder('news', '晚间新闻', SEVEN + 120 * MIN));
        return new Map(ids.map((id) => [id, guide.get(id) ?? []]));
      },
    };
    const channels = ['news', 'sport', 'film'].map((key) => channel(key));
    const cancelled = await followRemindersInGuide(
      store,
      channels,
      matches,
      query,
      SEVEN - 60 * MIN,
    );
    expect(cancelled.map((r) => r.title)).toEqual(['足球之夜']);
    expect(store.all.map((r) => [r.title, (r.start - SEVEN) / MIN])).toEqual([
      ['电影', 0],
      ['老节目', 0],
      ['新闻联播', 10],
      ['晚间新闻', 120],
    ]);
    expect(reminderCancelledNotice(cancelled).body).toContain('足球之夜（sport）');
  });
});
