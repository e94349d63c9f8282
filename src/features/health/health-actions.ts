/**
 * What the telehealth screens do: load each screen's data from the FHIR
 * server and carry out the household's choices (book, cancel). The element
 * (health-screen.ts) owns the screen stack and the rendering; this owns the
 * requests, so neither grows past one idea.
 */
import type { HearthConfig } from '../../config/types.js';
import {
  bookAppointment,
  cancelAppointment,
  listAppointments,
  queuedCancellation,
} from '../../data/health/appointments.js';
import { listDepartments, listDoctors } from '../../data/health/directory.js';
import type { FhirClient } from '../../data/health/fhir-client.js';
import { HealthError, isHealthError } from '../../data/health/health-error.js';
import type {
  Booking,
  CancelReasonCode,
  Department,
  Doctor,
  FreeSlot,
  SlotDay,
} from '../../data/health/health-types.js';
import { findSchedules, listFreeSlots, nearestSlots } from '../../data/health/slots.js';
import { DAY_MS, addDays, dayStartIn } from '../../data/health/zoned-day.js';
import { enqueue } from '../../data/outbox/outbox-client.js';
import { randomId } from '../../data/random-id.js';
import { msg, str } from '@lit/localize';
import { NEAREST_COUNT, PAST_DAYS, type Screen } from './health-flow.js';
import type { ShellServices } from '../../app/shell-services.js';
import { appointmentChangesService, healthClientService } from './health-service.js';
import {
  appointmentChangedText,
  bookingTitle,
  errorText,
  visitReasons,
  whenText,
} from './health-words.js';

/** What the screens show, as last loaded (in memory only, for this visit). */
export interface HealthData {
  departments?: Department[];
  doctors?: Doctor[];
  /** Free slots of the doctor on screen, for the week on screen. */
  slots?: FreeSlot[];
  nearest?: FreeSlot[];
  bookings?: Booking[];
}

export interface HealthHost {
  data(): HealthData;
  setData(data: HealthData): void;
  screen(): Screen | undefined;
  push(screen: Screen, returnKey?: string): void;
  replace(stack: Screen[]): void;
  /** Put `screen` in place of the one on top. */
  replaceTop(screen: Screen): void;
  setBusy(busy: boolean): void;
  fail(error: unknown, retry: () => void): void;
  say(text: string): void;
}

type Of<N extends Screen['name']> = Extract<Screen, { name: N }>;

export class HealthActions {
  private readonly _schedules = new Map<string, string[]>();

  constructor(
    private readonly _services: ShellServices,
    private readonly _host: HealthHost,
  ) {}

  private get _config(): HearthConfig {
    return this._services.config;
  }

  private get _client(): FhirClient {
    const client = this._services.get(healthClientService);
    if (!client) throw new HealthError('auth');
    return client;
  }

  private get _zone(): string {
    return this._config.timeZone;
  }

  /** The request a screen needs before it can show, if any. */
  loaderFor(screen: Screen): (() => Promise<void>) | null {
    switch (screen.name) {
      case 'departments':
        return async () => this._host.setData({ departments: await listDepartments(this._client) });
      case 'doctors':
        return async () =>
          this._host.setData({
            doctors: await listDoctors(this._client, { service: screen.department.reference }),
          });
      case 'days':
        return () => this._loadWeek(screen);
      case 'conflict':
        return () => this._loadNearest(screen);
      case 'appointments':
        return () => this._loadBookings();
      default:
        return null;
    }
  }

  openDepartments(returnKey: string): void {
    this._host.push({ name: 'departments' }, returnKey);
  }

  openAppointments(returnKey: string): void {
    this._host.push({ name: 'appointments' }, returnKey);
  }

  pickDepartment(department: Department): void {
    this._host.push({ name: 'doctors', department }, department.reference);
  }

  pickDoctor(department: Department, doctor: Doctor): void {
    this._host.push({ name: 'days', department, doctor, week: 0 }, doctor.practitionerReference);
  }

  pickDay(screen: Of<'days'>, day: SlotDay): void {
    const { department, doctor } = screen;
    this._host.push(
      { name: 'times', department, doctor, dayStart: day.dayStart },
      String(day.dayStart),
    );
  }

  /** A new confirmation: a new identifier, which its retries keep. */
  pickSlot(department: Department, doctor: Doctor, slot: FreeSlot): void {
    this._host.push(
      { name: 'confirm', department, doctor, slot, identifier: randomId(), reason: 0 },
      slot.reference,
    );
  }

  /** From the conflict offer back to the week view, freshly loaded. */
  otherDay(screen: Of<'conflict'>): void {
    const { department, doctor } = screen;
    this._host.replace([
      { name: 'menu', returnKey: 'book' },
      { name: 'departments', returnKey: department.reference },
      { name: 'doctors', department, returnKey: doctor.practitionerReference },
      { name: 'days', department, doctor, week: 0 },
    ]);
  }

  async confirm(screen: Of<'confirm'>): Promise<void> {
    const source = this._config.sources.health;
    if (!source) return;
    this._host.setBusy(true);
    try {
      const booking = await bookAppointment(this._client, {
        identifier: screen.identifier,
        patient: source.patient,
        slot: screen.slot,
        doctor: screen.doctor,
        department: screen.department,
        reason: { text: visitReasons()[screen.reason] ?? '' },
      });
      this._services.get(appointmentChangesService).dispatchEvent(new Event('change'));
      // The household may have pressed Back while the server answered: the booking stands.
      if (this._host.screen() !== screen) return;
      this._host.replace([
        { name: 'menu', returnKey: 'mine' },
        { name: 'booked', booking, department: screen.department },
      ]);
      const when = whenText(booking.start, this._zone);
      this._host.say(msg(str`预约成功：${when}`, { id: 'health.booked.spoken' }));
    } catch (error) {
      if (this._host.screen() !== screen) return;
      if (isHealthError(error) && error.kind === 'conflict') {
        const { department, doctor, slot } = screen;
        // The confirmation is spent: the conflict screen takes its place.
        this._host.replaceTop({ name: 'conflict', department, doctor, wanted: slot });
        return;
      }
      this._host.fail(error, () => void this.confirm(screen));
    }
  }

  async cancel(booking: Booking, reason: CancelReasonCode, text: string): Promise<void> {
    this._host.setBusy(true);
    try {
      await cancelAppointment(this._client, booking, reason, text);
      this._services.get(appointmentChangesService).dispatchEvent(new Event('change'));
      this._afterCancel(booking, false);
    } catch (error) {
      if (isHealthError(error) && error.kind === 'offline') {
        await this._queueCancel(booking, reason, text);
        return;
      }
      if (isHealthError(error) && error.kind === 'conflict') {
        // The hospital changed it since it was read: show what it is now and let
        // the household decide again, rather than cancel something they have not seen.
        this._host.replace([
          { name: 'menu', returnKey: 'mine' },
          { name: 'appointments', changed: true, returnKey: booking.id },
        ]);
        this._host.say(appointmentChangedText());
        return;
      }
      this._host.fail(error, () => void this.cancel(booking, reason, text));
    }
  }

  private async _queueCancel(
    booking: Booking,
    reason: CancelReasonCode,
    text: string,
  ): Promise<void> {
    try {
      const request = queuedCancellation(this._client, booking, reason, text);
      const when = whenText(booking.start, this._zone);
      const who = bookingTitle(booking);
      await enqueue({
        label: msg(str`取消预约：${when} ${who}`, { id: 'health.outbox.cancel' }),
        ...request,
      });
      this._afterCancel(booking, true);
    } catch (error) {
      this._host.fail(error, () => void this.cancel(booking, reason, text));
    }
  }

  private _afterCancel(booking: Booking, queued: boolean): void {
    this._host.replace([
      { name: 'menu', returnKey: 'mine' },
      { name: 'appointments', returnKey: booking.id },
      { name: 'cancelled', booking, queued },
    ]);
  }

  private async _loadWeek(screen: Of<'days'>): Promise<void> {
    const today = dayStartIn(Date.now(), this._zone);
    const first = addDays(today, screen.week * 7, this._zone);
    const from = Math.max(first, Date.now());
    const to = addDays(first, 7, this._zone);
    const schedules = await this._schedulesOf(screen.doctor);
    this._host.setData({ slots: await listFreeSlots(this._client, schedules, from, to) });
  }

  private async _loadNearest(screen: Of<'conflict'>): Promise<void> {
    const schedules = await this._schedulesOf(screen.doctor);
    const now = Date.now();
    const around = Math.max(now, screen.wanted.start - 7 * DAY_MS);
    const slots = await listFreeSlots(
      this._client,
      schedules,
      around,
      screen.wanted.start + 14 * DAY_MS,
    );
    const nearest = nearestSlots(
      slots.filter((slot) => slot.reference !== screen.wanted.reference),
      screen.wanted.start,
      NEAREST_COUNT,
    );
    this._host.setData({ nearest });
    this._host.say(`${errorText(new HealthError('conflict'))}`);
  }

  private async _loadBookings(): Promise<void> {
    const source = this._config.sources.health;
    if (!source) return;
    const since = Date.now() - PAST_DAYS * DAY_MS;
    this._host.setData({ bookings: await listAppointments(this._client, source.patient, since) });
  }

  private async _schedulesOf(doctor: Doctor): Promise<string[]> {
    let schedules = this._schedules.get(doctor.practitionerReference);
    if (!schedules) {
      schedules = await findSchedules(this._client, doctor.practitionerReference);
      this._schedules.set(doctor.practitionerReference, schedules);
    }
    return schedules;
  }
}
