/**
 * Calendar days in the operator's time zone (config `timeZone`), whatever
 * zone the box is set to: a slot at 08:30 in Beijing belongs to that Beijing
 * day on a TV whose clock says UTC.
 */
import { timePartsIn } from '../channels/zoned-time.js';

export const DAY_MS = 86_400_000;

/** The zone's offset from UTC at `ms` (ms to add to UTC to get the wall clock). */
function offsetAt(ms: number, timeZone: string): number {
  const p = timePartsIn(ms, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The first instant of the zone's day that holds `ms`. */
export function dayStartIn(ms: number, timeZone: string): number {
  const p = timePartsIn(ms, timeZone);
  const midnightWall = Date.UTC(p.year, p.month - 1, p.day);
  // Twice: the offset at midnight can differ from the offset now (a DST change that day).
  let start = midnightWall - offsetAt(ms, timeZone);
  start = midnightWall - offsetAt(start, timeZone);
  return start;
}

/** The first instant of the day `days` after the one starting at `dayStart`. */
export function addDays(dayStart: number, days: number, timeZone: string): number {
  // Noon of the target day, then back to its midnight: safe across DST changes.
  return dayStartIn(dayStart + days * DAY_MS + DAY_MS / 2, timeZone);
}
