/**
 * A new guide can move a programme the household asked to be reminded of
 * (a match ran over, the schedule changed). Each reminder still to come is
 * looked up on its channel in the new guide: the same title near the old time
 * moves the reminder with it; none there cancels it, and the household is told
 * (see reminderCancelledNotice). A channel the guide says nothing about keeps
 * its reminders as they were.
 */
import { msg, str } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import {
  programmeReminders,
  reminderId,
  type ProgrammeReminder,
  type ReminderStore,
} from '../../data/reminders/programme-reminders.js';
import {
  FOLLOW_WINDOW_MS,
  followGuide,
  type GuideOutcome,
} from '../../data/reminders/reminder-schedule.js';
import type { CappedNotice } from './capped-notice.js';
import type { GuideQuery } from './guide-cache.js';

/** Moves or cancels the store's reminders by the guide; resolves with the cancelled ones. */
export async function followRemindersInGuide(
  store: ReminderStore,
  channels: readonly Channel[],
  matches: ReadonlyMap<string, string>,
  query: GuideQuery,
  now: number,
): Promise<ProgrammeReminder[]> {
  const outcomes = new Map<string, GuideOutcome>();
  for (const reminder of store.all) {
    if (reminder.stop <= now) continue;
    const known = channels.some((c) => c.key === reminder.channelKey);
    const guideId = matches.get(reminder.channelKey);
    if (!known || !guideId) continue;
    let programmes: Programme[] | undefined;
    try {
      const found = await query.programmes(
        [guideId],
        reminder.start - FOLLOW_WINDOW_MS,
        reminder.start + FOLLOW_WINDOW_MS,
      );
      programmes = found.get(guideId);
    } catch (error) {
      // The reminder stays as it was: better a reminder at the old time than none.
      console.warn('[hearth:reminders] guide lookup failed', error);
      continue;
    }
    outcomes.set(reminderId(reminder), followGuide(reminder, programmes));
  }
  // Applied to the list as it is now: one set while the guide was asked is kept.
  const cancelled: ProgrammeReminder[] = [];
  const next: ProgrammeReminder[] = [];
  let changed = false;
  for (const reminder of store.all) {
    const outcome = outcomes.get(reminderId(reminder));
    if (outcome?.kind === 'cancelled') {
      cancelled.push(reminder);
      changed = true;
    } else if (outcome?.kind === 'moved') {
      next.push({ ...reminder, start: outcome.start, stop: outcome.stop });
      changed = true;
    } else {
      next.push(reminder);
    }
  }
  if (changed) store.putAll(next);
  return cancelled;
}

/** Follows the guide with the page's reminders, and tells live TV of any cancelled. */
export async function followRemindersAndTell(
  channels: readonly Channel[],
  matches: ReadonlyMap<string, string>,
  query: GuideQuery,
  screen: { inform(notice: CappedNotice): void },
): Promise<void> {
  const store = programmeReminders();
  const cancelled = await followRemindersInGuide(store, channels, matches, query, Date.now());
  if (cancelled.length > 0) screen.inform(reminderCancelledNotice(cancelled));
}

/** What live TV says when a new guide no longer has a reminded programme. */
export function reminderCancelledNotice(cancelled: readonly ProgrammeReminder[]): CappedNotice {
  const names = cancelled.map((r) => `${r.title}（${r.channelName}）`).join('、');
  return {
    title: msg('节目提醒已取消', { id: 'watch.reminderGoneTitle' }),
    body: msg(str`新的节目单里没有${names}了，这些提醒已经取消。`, {
      id: 'watch.reminderGoneBody',
    }),
  };
}
