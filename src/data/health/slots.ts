/**
 * A doctor's free time: their Schedules (`GET Schedule?actor=…`), the free
 * Slots on those schedules in a window (`GET Slot?schedule=…&status=free&
 * start=ge…&start=lt…&_sort=start`), grouped into the days of a week view,
 * and the nearest free times to one that was just taken.
 */
import type { Schedule, Slot } from 'fhir/r4';
import type { FhirClient } from './fhir-client.js';
import type { FreeSlot, SlotDay } from './health-types.js';
import { relativeReference } from './directory.js';
import { addDays } from './zoned-day.js';

/** The doctor's active schedules, as `Schedule/{id}` references. */
export async function findSchedules(client: FhirClient, actor: string): Promise<string[]> {
  const { matches } = await client.search<Schedule>('Schedule', [['actor', actor]]);
  return matches
    .filter((schedule) => schedule.id && schedule.active !== false)
    .map((schedule) => `Schedule/${schedule.id ?? ''}`);
}

/** Free slots on any of `schedules` starting in [from, to), soonest first. */
export async function listFreeSlots(
  client: FhirClient,
  schedules: readonly string[],
  from: number,
  to: number,
): Promise<FreeSlot[]> {
  if (schedules.length === 0) return [];
  const { matches } = await client.search<Slot>('Slot', [
    // A comma ORs the values (FHIR search): one request for all the doctor's schedules.
    ['schedule', schedules.join(',')],
    ['status', 'free'],
    ['start', `ge${new Date(from).toISOString()}`],
    ['start', `lt${new Date(to).toISOString()}`],
    ['_sort', 'start'],
  ]);
  return matches
    .flatMap((slot) => toFreeSlot(slot))
    .filter((slot) => slot.start >= from && slot.start < to)
    .sort((a, b) => a.start - b.start);
}

function toFreeSlot(slot: Slot): FreeSlot[] {
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  const schedule = relativeReference(slot.schedule.reference);
  // A server may ignore `status` (lenient search): check it here too.
  if (!slot.id || slot.status !== 'free' || !schedule || Number.isNaN(start)) return [];
  return [{ reference: `Slot/${slot.id}`, schedule, start, end: Number.isNaN(end) ? start : end }];
}

/** `days` consecutive days from `firstDay` (a day start in `timeZone`), each with its slots. */
export function slotDays(
  slots: readonly FreeSlot[],
  firstDay: number,
  days: number,
  timeZone: string,
): SlotDay[] {
  return Array.from({ length: days }, (_, index) => {
    const dayStart = addDays(firstDay, index, timeZone);
    const next = addDays(firstDay, index + 1, timeZone);
    return { dayStart, slots: slots.filter((slot) => slot.start >= dayStart && slot.start < next) };
  });
}

/** The `count` free slots nearest to `wanted` (before or after), in time order. */
export function nearestSlots(
  slots: readonly FreeSlot[],
  wanted: number,
  count: number,
  notBefore = -Infinity,
): FreeSlot[] {
  return slots
    .filter((slot) => slot.start >= notBefore)
    .map((slot) => ({ slot, distance: Math.abs(slot.start - wanted) }))
    .sort((a, b) => a.distance - b.distance || a.slot.start - b.slot.start)
    .slice(0, count)
    .map(({ slot }) => slot)
    .sort((a, b) => a.start - b.start);
}
