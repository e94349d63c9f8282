/**
 * What the telehealth screens work with, read out of the FHIR resources:
 * plain values (instants as ms since the epoch), no UI words. Each keeps the
 * reference it came from, so what the portal sends names the server's own
 * resources.
 */
import type { Appointment, CodeableConcept } from 'fhir/r4';

export interface Department {
  /** `HealthcareService/{id}`. */
  reference: string;
  name: string;
  comment?: string;
  specialty: CodeableConcept[];
  serviceType: CodeableConcept[];
  /** Delivered by video (a `video` characteristic, or the virtual-service marker). */
  video: boolean;
}

export interface Doctor {
  /** `PractitionerRole/{id}`. */
  roleReference: string;
  /** `Practitioner/{id}`; the Schedule's actor and the Appointment's participant. */
  practitionerReference: string;
  name: string;
  /** Professional title (主任医师…), when the server gives one. */
  title?: string;
  /** A URL safe to show: data:, or on the FHIR server's own origin. */
  photoUrl?: string;
  specialty: CodeableConcept[];
}

export interface FreeSlot {
  /** `Slot/{id}`. */
  reference: string;
  /** `Schedule/{id}`. */
  schedule: string;
  start: number;
  end: number;
}

/** One day of a week view: its first instant in the configured zone and its free slots. */
export interface SlotDay {
  dayStart: number;
  slots: FreeSlot[];
}

export type BookingStatus = Appointment['status'];

export interface VideoLink {
  url: string;
  /** Whether the TV itself may open it (https, or the FHIR server's own origin). */
  openOnTv: boolean;
}

/** One of the household's appointments. */
export interface Booking {
  id: string;
  status: BookingStatus;
  start: number;
  end: number;
  doctorName?: string;
  practitionerReference?: string;
  serviceName?: string;
  video?: VideoLink;
  /** The resource as the server last sent it: a cancel sends it back changed. */
  resource: Appointment;
}

/** Why the household cancels, coded from HL7's appointment-cancellation-reason. */
export type CancelReasonCode = 'pat' | 'pat-fb' | 'pat-lt' | 'pat-ucp' | 'other';
