import { describe, expect, it } from 'vitest';
import type { Booking, FreeSlot } from '@src/data/health/health-types';
import { dueReminder } from '@src/data/health/reminder-due';
import { nearestSlots, slotDays } from '@src/data/health/slots';
import { addDays, dayStartIn } from '@src/data/health/zoned-day';

const at = (iso: string) => Date.parse(iso);
const slot = (iso: string): FreeSlot => ({
  reference: `Slot/${iso}`,
  schedule: 'Schedule/a',
  start: at(iso),
  end: at(iso) + 30 * 60_000,
});

describe('days in the configured zone', () => {
  it('starts Beijing’s day at 16:00 UTC the evening before, whatever the box’s zone', () => {
    expect(dayStartIn(at('2026-11-24T09:10:00+08:00'), 'Asia/Shanghai')).toBe(
      at('2026-11-24T00:00:00+08:00'),
    );
    expect(dayStartIn(at('2026-11-24T00:30:00+08:00'), 'UTC')).toBe(at('2026-11-23T00:00:00Z'));
  });

  it('counts a week’s days across a daylight-saving change (Europe/Berlin, 29 March 2026)', () => {
    const first = dayStartIn(at('2026-03-28T12:00:00+01:00'), 'Europe/Berlin');

    expect(addDays(first, 1, 'Europe/Berlin')).toBe(at('2026-03-29T00:00:00+01:00'));
    expect(addDays(first, 2, 'Europe/Berlin')).toBe(at('2026-03-30T00:00:00+02:00'));
  });

  it('groups free slots under their day, in order, with empty days kept', () => {
    const first = at('2026-11-24T00:00:00+08:00');
    const slots = [
      slot('2026-11-24T08:30:00+08:00'),
      slot('2026-11-24T23:30:00+08:00'),
      slot('2026-11-26T14:00:00+08:00'),
    ];

    const days = slotDays(slots, first, 3, 'Asia/Shanghai');

    expect(days.map((d) => d.slots.length)).toEqual([2, 0, 1]);
    expect(days[2]?.dayStart).toBe(at('2026-11-26T00:00:00+08:00'));
  });
});

describe('the nearest free times', () => {
  it('are the ones closest to the wanted time, before or after, in time order', () => {
    const slots = ['08:30', '09:00', '10:30', '11:00', '14:00', '16:00'].map((t) =>
      slot(`2026-11-25T${t}:00+08:00`),
    );

    const nearest = nearestSlots(slots, at('2026-11-25T10:00:00+08:00'), 3);

    expect(nearest.map((s) => new Date(s.start).toISOString().slice(11, 16))).toEqual([
      '01:00',
      '02:30',
      '03:00',
    ]);
  });
});

describe('the reminder', () => {
  const booking = (
    id: string,
    startIso: string,
    status: Booking['status'] = 'booked',
  ): Booking => ({
    id,
    status,
    start: at(startIso),
    end: at(startIso) + 30 * 60_000,
    resource: { resourceType: 'Appointment', status, participant: [] },
  });
  const list = [
    booking('later', '2026-11-24T11:00:00+08:00'),
    booking('soon', '2026-11-24T10:00:00+08:00'),
    booking('gone', '2026-11-24T09:50:00+08:00', 'cancelled'),
  ];

  it('is due N minutes before the start, not earlier, and not for a cancelled one', () => {
    expect(dueReminder(list, at('2026-11-24T09:44:00+08:00'), 15, new Set())).toBeUndefined();
    expect(dueReminder(list, at('2026-11-24T09:45:00+08:00'), 15, new Set())?.id).toBe('soon');
    expect(dueReminder(list, at('2026-11-24T10:10:00+08:00'), 15, new Set())?.id).toBe('soon');
  });

  it('stays away once dismissed, and ends with the appointment', () => {
    expect(
      dueReminder(list, at('2026-11-24T09:50:00+08:00'), 15, new Set(['soon'])),
    ).toBeUndefined();
    expect(dueReminder(list, at('2026-11-24T10:50:00+08:00'), 15, new Set())?.id).toBe('later');
    expect(dueReminder(list, at('2026-11-24T11:31:00+08:00'), 15, new Set())).toBeUndefined();
  });
});
