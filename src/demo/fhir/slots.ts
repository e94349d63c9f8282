/**
 * Generates a doctor's bookable Slots: every 30 minutes from 08:30 to 11:30 and
 * from 14:00 to 16:30 (Beijing time) on the doctor's working weekdays. About a
 * quarter are already busy, chosen by a hash of the slot's id, so the same slot
 * is busy for every request and every process and nothing needs storing until
 * somebody books.
 */
import { hashString } from '../seeded-random';
import {
  DAY_MS,
  MINUTE_MS,
  beijingDayStart,
  beijingWeekday,
  formatBeijingDateKey,
  formatBeijingIso,
} from '../time';
import { departmentSpecialty, isVideoDepartment } from './departments';
import type { Slot } from './fhir-types';
import { scheduleId, type DoctorSpec } from './practitioners';

const SLOT_MINUTES = 30;
const SESSIONS = {
  morning: { from: 8 * 60 + 30, to: 11 * 60 + 30 },
  afternoon: { from: 14 * 60, to: 16 * 60 + 30 },
} as const;
const BUSY_PERCENT = 25;

function slotId(doctor: DoctorSpec, start: number): string {
  // slot-wang-jianguo-20261125-0830: readable in logs and stable across processes.
  const hhmm = formatBeijingIso(start).slice(11, 16).replace(':', '');
  return `slot-${doctor.key}-${formatBeijingDateKey(start)}-${hhmm}`;
}

/** The doctor's slots on the Beijing day that holds `dayInstant` (none at weekends). */
export function slotsForDay(doctor: DoctorSpec, dayInstant: number): Slot[] {
  const dayStart = beijingDayStart(dayInstant);
  if (!doctor.workdays.includes(beijingWeekday(dayStart))) return [];
  const slots: Slot[] = [];
  for (const session of doctor.sessions) {
    const { from, to } = SESSIONS[session];
    for (let minute = from; minute + SLOT_MINUTES <= to; minute += SLOT_MINUTES) {
      const start = dayStart + minute * MINUTE_MS;
      const id = slotId(doctor, start);
      const slot: Slot = {
        resourceType: 'Slot',
        id,
        schedule: { reference: `Schedule/${scheduleId(doctor)}` },
        status: hashString(id) % 100 < BUSY_PERCENT ? 'busy' : 'free',
        start: formatBeijingIso(start),
        end: formatBeijingIso(start + SLOT_MINUTES * MINUTE_MS),
        specialty: [departmentSpecialty(doctor.department)],
      };
      if (isVideoDepartment(doctor.department)) slot.comment = '视频问诊';
      slots.push(slot);
    }
  }
  return slots;
}

/** How many days of slots are open for booking, today included. */
export const BOOKING_HORIZON_DAYS = 14;

/** The first instants of the Beijing days open for booking at `now`. */
export function bookingDays(now: number): number[] {
  const today = beijingDayStart(now);
  return Array.from({ length: BOOKING_HORIZON_DAYS }, (_, index) => today + index * DAY_MS);
}
