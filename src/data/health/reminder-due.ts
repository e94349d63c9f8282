/**
 * Which appointment's reminder is due: the soonest booked one that starts
 * within `minutes` from now (or has started and not ended), not dismissed.
 */
import { isUpcoming } from './appointments.js';
import type { Booking } from './health-types.js';

export function dueReminder(
  bookings: readonly Booking[],
  now: number,
  minutes: number,
  dismissed: ReadonlySet<string>,
): Booking | undefined {
  return bookings
    .filter((booking) => isUpcoming(booking, now) && !dismissed.has(booking.id))
    .filter((booking) => booking.start - minutes * 60_000 <= now)
    .sort((a, b) => a.start - b.start)[0];
}
