/**
 * The household's appointments: book (conditional create), list, cancel.
 * A booking that finds its slot taken fails with kind 'conflict'; the screen
 * then asks `listFreeSlots` again for the nearest free times.
 */
import type { Appointment } from 'fhir/r4';
import {
  bookingAppointment,
  cancelledAppointment,
  ifNoneExistFor,
  readBooking,
  type BookingRequest,
} from './appointment-resource.js';
import type { FhirClient, PlainRequest } from './fhir-client.js';
import { HealthError, isHealthError } from './health-error.js';
import type { QueuedRequest } from '../outbox/outbox-client.js';
import type { Booking, CancelReasonCode } from './health-types.js';

/**
 * `POST Appointment` with `If-None-Exist: identifier=…`: sending the same
 * request again (same identifier) returns the first booking, never a second.
 */
export async function bookAppointment(
  client: FhirClient,
  request: BookingRequest,
): Promise<Booking> {
  const created = await client.create(bookingAppointment(request), {
    ifNoneExist: ifNoneExistFor(request.identifier),
  });
  const booking = readBooking(created, client.baseUrl, client.videoHosts);
  if (!booking) throw new HealthError('invalid-response', 201);
  // Conditional create may return an older booking; one in another state is not ours to show as new.
  if (booking.status === 'cancelled' || booking.status === 'entered-in-error') {
    throw new HealthError('conflict', 200);
  }
  return booking;
}

/** `GET Appointment?patient=…&date=ge…`, soonest first. */
export async function listAppointments(
  client: FhirClient,
  patient: string,
  since: number,
): Promise<Booking[]> {
  const { matches } = await client.search<Appointment>('Appointment', [
    ['patient', patient],
    ['date', `ge${new Date(since).toISOString()}`],
  ]);
  return matches
    .flatMap((appointment) => readBooking(appointment, client.baseUrl, client.videoHosts) ?? [])
    .sort((a, b) => a.start - b.start);
}

/** `PUT Appointment/{id}` with status cancelled and the household's reason. */
export async function cancelAppointment(
  client: FhirClient,
  booking: Booking,
  reason: CancelReasonCode,
  text: string,
): Promise<Booking> {
  let updated: Appointment;
  try {
    updated = await client.update(cancelledAppointment(booking.resource, reason, text));
  } catch (error) {
    // A first try whose answer was lost may have cancelled it already; its version
    // moved on, so this one is refused. Ask before saying the hospital changed it.
    if (!isHealthError(error) || error.kind !== 'conflict' || !booking.resource.id) throw error;
    const now = await client.read<Appointment>('Appointment', booking.resource.id);
    if (now.status !== 'cancelled') throw error;
    updated = now;
  }
  return (
    readBooking(updated, client.baseUrl, client.videoHosts) ?? { ...booking, status: 'cancelled' }
  );
}

/** The same cancellation as a request to queue in the outbox while offline. */
export function queuedCancellation(
  client: FhirClient,
  booking: Booking,
  reason: CancelReasonCode,
  text: string,
): PlainRequest & Pick<QueuedRequest, 'doneWhenRefused'> {
  return {
    ...client.updateRequest(cancelledAppointment(booking.resource, reason, text)),
    // A replay refused because an earlier try landed (its answer lost) is done, not refused.
    doneWhenRefused: { field: 'status', equals: 'cancelled' },
  };
}

/** Still ahead and still booked: the ones the household can cancel or join. */
export function isUpcoming(booking: Booking, now: number): boolean {
  return (
    booking.end > now && ['booked', 'pending', 'arrived', 'checked-in'].includes(booking.status)
  );
}
