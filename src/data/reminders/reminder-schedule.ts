/**
 * When programme reminders are due, and what becomes of one when a new guide
 * moves its programme. Pure functions of the list and the clock, so the
 * overlay, the guide refresh and the tests agree.
 */
import type { Programme } from '../guide/guide-types.js';
import { reminderId, type ProgrammeReminder } from './programme-reminders.js';

/** How far from its old time a programme of the same title still counts as the same one. */
export const FOLLOW_WINDOW_MS = 12 * 60 * 60 * 1000;

/**
 * The reminder to show at `now`: the soonest whose programme starts within
 * `leadMs` (or has started and not ended), not put away by the household.
 */
export function dueReminder(
  reminders: readonly ProgrammeReminder[],
  now: number,
  leadMs: number,
  dismissed: ReadonlySet<string>,
): ProgrammeReminder | undefined {
  return reminders
    .filter((r) => r.stop > now && r.start - leadMs <= now && !dismissed.has(reminderId(r)))
    .sort((a, b) => a.start - b.start)[0];
}

/** When the next reminder falls due after `now` (epoch ms), if any. */
export function nextDueAt(
  reminders: readonly ProgrammeReminder[],
  now: number,
  leadMs: number,
): number | undefined {
  let next: number | undefined;
  for (const r of reminders) {
    const due = r.start - leadMs;
    if (due > now && (next === undefined || due < next)) next = due;
  }
  return next;
}

/** Reminders whose programme is over: nothing left to remind of. */
export function withoutPast(
  reminders: readonly ProgrammeReminder[],
  now: number,
): ProgrammeReminder[] {
  return reminders.filter((r) => r.stop > now);
}

export type GuideOutcome =
  { kind: 'kept' } | { kind: 'moved'; start: number; stop: number } | { kind: 'cancelled' };

/**
 * What a new guide says of a reminder, given the channel's programmes within
 * FOLLOW_WINDOW_MS of its old start (undefined: the new guide has nothing for
 * that channel there, so nothing can be said and the reminder is kept). The
 * same programme is the same title on the same channel; the nearest wins.
 */
export function followGuide(
  reminder: ProgrammeReminder,
  programmes: readonly Programme[] | undefined,
): GuideOutcome {
  if (!programmes || programmes.length === 0) return { kind: 'kept' };
  let best: Programme | undefined;
  for (const p of programmes) {
    if (p.title !== reminder.title) continue;
    if (Math.abs(p.start - reminder.start) > FOLLOW_WINDOW_MS) continue;
    if (!best || Math.abs(p.start - reminder.start) < Math.abs(best.start - reminder.start)) {
      best = p;
    }
  }
  if (!best) return { kind: 'cancelled' };
  if (best.start === reminder.start && best.stop === reminder.stop) return { kind: 'kept' };
  return { kind: 'moved', start: best.start, stop: best.stop };
}
