/**
 * A visit window (上门时间): a day and a part of it, for repairs and services
 * at home. The value is an ISO 8601 interval in the household's local time,
 * `2026-12-08T08:00/2026-12-08T12:00`, so a property manager's system reads it
 * without knowing Hearth; the TV offers the three parts below and checks the
 * day is neither past nor too far ahead.
 */
import { fail, OK, type FormatCheck } from './format-check.js';

export const VISIT_PERIODS = {
  morning: ['08:00', '12:00'],
  afternoon: ['13:00', '17:00'],
  evening: ['18:00', '21:00'],
} as const;
export type VisitPeriod = keyof typeof VISIT_PERIODS;

/** How far ahead a visit may be booked. */
export const VISIT_DAYS_AHEAD = 60;

const SHAPE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\/(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export function visitWindow(date: string, period: VisitPeriod): string {
  const [from, to] = VISIT_PERIODS[period];
  return `${date}T${from}/${date}T${to}`;
}

export function parseVisitWindow(value: string): { date: string; period: VisitPeriod } | null {
  const parts = SHAPE.exec(value);
  if (!parts || parts[1] !== parts[3]) return null;
  const period = (Object.keys(VISIT_PERIODS) as VisitPeriod[]).find(
    (p) => VISIT_PERIODS[p][0] === parts[2] && VISIT_PERIODS[p][1] === parts[4],
  );
  const date = parts[1] ?? '';
  const day = new Date(`${date}T00:00:00Z`);
  if (!period || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
    return null;
  }
  return { date, period };
}

/** `today` is the household's local date, YYYY-MM-DD. */
export function checkVisitWindow(value: string, today: string): FormatCheck {
  const parsed = parseVisitWindow(value);
  if (!parsed) return fail('invalid');
  const days = (Date.parse(parsed.date) - Date.parse(today)) / 86_400_000;
  return days < 0 || days > VISIT_DAYS_AHEAD ? fail('visit-date') : OK;
}
