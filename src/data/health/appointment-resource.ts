/**
 * The Appointment resources the portal sends (a booking, a cancellation) and
 * the Booking it reads back from one. Pure functions: tests validate what
 * they build against the official R4 JSON schema.
 */
import type { Appointment, CodeableConcept } from 'fhir/r4';
import { conceptText, relativeReference } from './directory.js';
import type { Booking, CancelReasonCode, Department, Doctor, FreeSlot } from './health-types.js';
import { videoLinkOf } from './video-link.js';

/** An identifier that is a UUID, as FHIR writes one (system RFC 3986, value urn:uuid:…). */
export const BOOKING_IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';
export const CANCELLATION_REASON_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';

/** The code system's own display for each reason the TV offers. */
const CANCEL_REASON_DISPLAY: Readonly<Record<CancelReasonCode, string>> = {
  pat: 'Patient',
  'pat-fb': 'Patient: Feeling Better',
  'pat-lt': 'Patient: Lack of Transportation',
  'pat-ucp': 'Patient: Unhappy/Changed Provider',
  other: 'Other',
};

export interface BookingRequest {
  /** A fresh UUID per confirmation, kept for its retries. */
  identifier: string;
  patient: string;
  slot: FreeSlot;
  doctor: Doctor;
  department: Department;
  /** Why the household wants to be seen (text from the screen). */
  reason?: CodeableConcept;
}

/** `identifier=system|value` for If-None-Exist: a retry finds the first booking. */
export function ifNoneExistFor(identifier: string): string {
  return new URLSearchParams([
    ['identifier', `${BOOKING_IDENTIFIER_SYSTEM}|urn:uuid:${identifier}`],
  ]).toString();
}

export function bookingAppointment(request: BookingRequest): Appointment {
  const { department, doctor, slot } = request;
  const serviceType: CodeableConcept[] = department.serviceType.length
    ? department.serviceType
    : [{ ...(department.specialty[0] ?? {}), text: department.name }];
  const appointment: Appointment = {
    resourceType: 'Appointment',
    identifier: [{ system: BOOKING_IDENTIFIER_SYSTEM, value: `urn:uuid:${request.identifier}` }],
    status: 'booked',
    serviceType,
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    slot: [{ reference: slot.reference }],
    participant: [
      { actor: { reference: request.patient }, required: 'required', status: 'accepted' },
      {
        actor: { reference: doctor.practitionerReference, display: doctor.name },
        required: 'required',
        status: 'accepted',
      },
    ],
  };
  if (department.specialty.length) appointment.specialty = department.specialty;
  if (request.reason) appointment.reasonCode = [request.reason];
  return appointment;
}

/** The booking as the server has it, cancelled, with the household's reason. */
export function cancelledAppointment(
  resource: Appointment,
  reason: CancelReasonCode,
  text: string,
): Appointment {
  return {
    ...resource,
    status: 'cancelled',
    cancelationReason: {
      coding: [
        {
          system: CANCELLATION_REASON_SYSTEM,
          code: reason,
          display: CANCEL_REASON_DISPLAY[reason],
        },
      ],
      text,
    },
  };
}

/** A Booking from an Appointment the server sent; undefined without an id or a start. */
export function readBooking(
  appointment: Appointment,
  baseUrl: string,
  videoHosts: readonly string[] = [],
): Booking | undefined {
  const start = Date.parse(appointment.start ?? '');
  if (!appointment.id || Number.isNaN(start)) return undefined;
  const end = Date.parse(appointment.end ?? '');
  const doctor = appointment.participant.find((participant) =>
    relativeReference(participant.actor?.reference)?.startsWith('Practitioner/'),
  );
  const booking: Booking = {
    id: appointment.id,
    status: appointment.status,
    start,
    end: Number.isNaN(end) ? start : end,
    resource: appointment,
  };
  const practitioner = relativeReference(doctor?.actor?.reference);
  if (practitioner) booking.practitionerReference = practitioner;
  if (doctor?.actor?.display) booking.doctorName = doctor.actor.display;
  const service =
    appointment.serviceType?.map(conceptText).find(Boolean) ??
    appointment.specialty?.map(conceptText).find(Boolean);
  if (service) booking.serviceName = service;
  const video = videoLinkOf(appointment, baseUrl, videoHosts);
  if (video) booking.video = video;
  return booking;
}
