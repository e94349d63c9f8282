/**
 * The demo FHIR server's data: the fixed directory (services, doctors, roles,
 * schedules, the patient), the generated slots and what has changed since
 * start-up (appointments, slots taken or freed). Only the changes are state;
 * `exportState` / the constructor let a service worker keep them across restarts.
 */
import type { Clock } from '../time';
import { formatBeijingIso } from '../time';
import { DEMO_PATIENT } from './demo-patient';
import { HEALTHCARE_SERVICES } from './departments';
import type { Appointment, FhirResource, Schedule, Slot, SlotStatus } from './fhir-types';
import { DOCTORS, PRACTITIONERS, PRACTITIONER_ROLES, SCHEDULES } from './practitioners';
import { BOOKING_HORIZON_DAYS, bookingDays, slotsForDay } from './slots';
import { DAY_MS } from '../time';

/** What has changed in the demo FHIR server: plain JSON, so it can be persisted. */
export interface FhirState {
  appointments: Appointment[];
  /** Slots whose status differs from the generated one. */
  slotStatus: Record<string, SlotStatus>;
  nextAppointmentNumber: number;
}

export const emptyFhirState = (): FhirState => ({
  appointments: [],
  slotStatus: {},
  nextAppointmentNumber: 1,
});

export type SearchableType = FhirResource['resourceType'];

const SLOT_ID = /^slot-(.+)-(\d{4})(\d{2})(\d{2})-\d{4}$/;

export class FhirStore {
  private readonly _state: FhirState;
  private readonly _slotDays = new Map<number, Slot[]>();

  constructor(
    private readonly _now: Clock,
    state: FhirState = emptyFhirState(),
    private readonly _onChange: () => void = () => {},
  ) {
    // A copy, so that the caller's object is never mutated behind its back.
    this._state = JSON.parse(JSON.stringify(state)) as FhirState;
  }

  exportState(): FhirState {
    return JSON.parse(JSON.stringify(this._state)) as FhirState;
  }

  now(): number {
    return this._now();
  }

  /** Every resource of a type, in a stable order. Slots: those open for booking now. */
  all(type: SearchableType): FhirResource[] {
    switch (type) {
      case 'HealthcareService':
        return [...HEALTHCARE_SERVICES];
      case 'Practitioner':
        return [...PRACTITIONERS];
      case 'PractitionerRole':
        return [...PRACTITIONER_ROLES];
      case 'Schedule':
        return SCHEDULES.map((schedule) => this._withHorizon(schedule));
      case 'Slot':
        return bookingDays(this._now()).flatMap((day) => this._slotsOn(day));
      case 'Appointment':
        return [...this._state.appointments];
      case 'Patient':
        return [DEMO_PATIENT];
    }
  }

  read(type: SearchableType, id: string): FhirResource | undefined {
    if (type === 'Slot') return this.slot(id);
    return this.all(type).find((resource) => resource.id === id);
  }

  /** A slot by id, also one outside the booking window (an old appointment's). */
  slot(id: string): Slot | undefined {
    const match = SLOT_ID.exec(id);
    if (!match) return undefined;
    const [, doctorKey, year, month, day] = match;
    const dayInstant = Date.parse(`${year}-${month}-${day}T12:00:00+08:00`);
    const doctor = DOCTORS.find((candidate) => candidate.key === doctorKey);
    if (!doctor || Number.isNaN(dayInstant)) return undefined;
    const slot = slotsForDay(doctor, dayInstant).find((candidate) => candidate.id === id);
    return slot && this._withStatus(slot);
  }

  setSlotStatus(id: string, status: SlotStatus): void {
    this._state.slotStatus[id] = status;
    this._slotDays.clear();
    this._onChange();
  }

  appointment(id: string): Appointment | undefined {
    return this._state.appointments.find((appointment) => appointment.id === id);
  }

  nextAppointmentId(): string {
    const id = `appointment-${this._state.nextAppointmentNumber}`;
    this._state.nextAppointmentNumber += 1;
    return id;
  }

  /** Adds or replaces an appointment. */
  saveAppointment(appointment: Appointment): void {
    const index = this._state.appointments.findIndex((existing) => existing.id === appointment.id);
    if (index >= 0) this._state.appointments[index] = appointment;
    else this._state.appointments.push(appointment);
    this._onChange();
  }

  private _slotsOn(day: number): Slot[] {
    let slots = this._slotDays.get(day);
    if (!slots) {
      slots = DOCTORS.flatMap((doctor) => slotsForDay(doctor, day)).map((slot) =>
        this._withStatus(slot),
      );
      this._slotDays.set(day, slots);
      // Keep the cache to the booking window (plus a day of slack around midnight).
      if (this._slotDays.size > BOOKING_HORIZON_DAYS + 2) {
        const oldest = Math.min(...this._slotDays.keys());
        this._slotDays.delete(oldest);
      }
    }
    return slots;
  }

  private _withStatus(slot: Slot): Slot {
    const status = this._state.slotStatus[slot.id ?? ''];
    return status ? { ...slot, status } : slot;
  }

  private _withHorizon(schedule: Schedule): Schedule {
    const [first = this._now()] = bookingDays(this._now());
    return {
      ...schedule,
      planningHorizon: {
        start: formatBeijingIso(first),
        end: formatBeijingIso(first + BOOKING_HORIZON_DAYS * DAY_MS),
      },
    };
  }
}
