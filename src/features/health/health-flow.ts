/**
 * The screens of the telehealth area as a stack inside one route: Back pops
 * one screen, so the remote steps back through the flow the way it came.
 * Each entry carries what its screen needs and, once left, the key of the
 * item that was picked there (focus returns to it).
 */
import type { Booking, Department, Doctor, FreeSlot } from '../../data/health/health-types.js';

export type Screen = { returnKey?: string } & (
  | { name: 'menu' }
  | { name: 'departments' }
  | { name: 'doctors'; department: Department }
  | { name: 'days'; department: Department; doctor: Doctor; week: number }
  | { name: 'times'; department: Department; doctor: Doctor; dayStart: number }
  | {
      name: 'confirm';
      department: Department;
      doctor: Doctor;
      slot: FreeSlot;
      /** Fresh for each confirmation screen, kept for its retries (If-None-Exist). */
      identifier: string;
      reason: number;
    }
  | { name: 'conflict'; department: Department; doctor: Doctor; wanted: FreeSlot }
  | { name: 'booked'; booking: Booking; department: Department }
  /** `changed`: a cancellation found the appointment changed by the hospital, and stopped. */
  | { name: 'appointments'; changed?: boolean }
  | { name: 'detail'; booking: Booking }
  | { name: 'video'; booking: Booking }
  | { name: 'cancel'; booking: Booking }
  | { name: 'cancelled'; booking: Booking; queued: boolean }
);

export type ScreenName = Screen['name'];

/** How many weeks ahead the week view may go. */
export const MAX_WEEKS_AHEAD = 3;
/** How many of the nearest free times the conflict screen offers. */
export const NEAREST_COUNT = 6;
/** How far back "My appointments" shows past ones. */
export const PAST_DAYS = 90;
