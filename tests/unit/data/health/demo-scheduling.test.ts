/**
 * The whole booking flow of the data layer against the embedded demo FHIR
 * server (msw/node): departments → doctors → schedule → free slots → book →
 * list → cancel, the conflict path and a harmless retry.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ENDPOINTS, DEMO_FHIR_TOKEN } from '@src/demo/endpoints';
import {
  bookAppointment,
  cancelAppointment,
  listAppointments,
} from '@src/data/health/appointments';
import { listDepartments, listDoctors } from '@src/data/health/directory';
import { FhirClient } from '@src/data/health/fhir-client';
import { HealthError } from '@src/data/health/health-error';
import type { Department, Doctor } from '@src/data/health/health-types';
import { findSchedules, listFreeSlots, nearestSlots } from '@src/data/health/slots';
import { TUESDAY_MORNING, startDemoServer, url, type DemoServer } from '../../demo/demo-server';

const now = TUESDAY_MORNING;
const WEEK = 7 * 86_400_000;
let demo: DemoServer;
beforeAll(() => {
  demo = startDemoServer({ now: () => now });
});
beforeEach(() => {
  demo.reset({ now: () => now });
});
afterAll(() => demo.close());

const client = new FhirClient({ baseUrl: url(DEMO_ENDPOINTS.fhirBase), token: DEMO_FHIR_TOKEN });
const patient = DEMO_ENDPOINTS.fhirPatient;

async function doctorIn(name: string): Promise<{ department: Department; doctor: Doctor }> {
  const department = (await listDepartments(client)).find((d) => d.name === name);
  if (!department) throw new Error(`no ${name}`);
  const [doctor] = await listDoctors(client, { service: department.reference });
  if (!doctor) throw new Error(`no doctor in ${name}`);
  return { department, doctor };
}

async function freeSlotsOf(doctor: Doctor) {
  return listFreeSlots(
    client,
    await findSchedules(client, doctor.practitionerReference),
    now,
    now + WEEK,
  );
}

const identifier = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('booking against the demo FHIR server', () => {
  it('lists departments (one by video) and a department’s doctors with names and titles', async () => {
    const departments = await listDepartments(client);
    const { doctor } = await doctorIn('心内科');

    expect(departments.map((d) => d.name)).toEqual([
      '全科',
      '心内科',
      '内分泌科',
      '中医科',
      '心理咨询',
    ]);
    expect(departments.filter((d) => d.video).map((d) => d.name)).toEqual(['心理咨询']);
    const general = await listDoctors(client, { service: 'HealthcareService/service-general' });

    expect(doctor).toMatchObject({ name: '张伟', title: '主任医师' });
    expect(general.map((d) => d.photoUrl?.slice(0, 26))).toEqual([
      'data:image/svg+xml;base64,',
      'data:image/svg+xml;base64,',
    ]);
  });

  it('books a free slot, and a retry of the same confirmation returns the same booking', async () => {
    const { department, doctor } = await doctorIn('全科');
    const [slot] = await freeSlotsOf(doctor);
    if (!slot) throw new Error('no slot');
    const request = { identifier: identifier(1), patient, slot, doctor, department };

    const first = await bookAppointment(client, request);
    const retry = await bookAppointment(client, request);
    const mine = await listAppointments(client, patient, now - WEEK);

    expect(first).toMatchObject({ status: 'booked', start: slot.start, doctorName: doctor.name });
    expect(retry.id).toBe(first.id);
    expect(mine.map((b) => b.id)).toEqual([first.id]);
    expect((await freeSlotsOf(doctor)).map((s) => s.reference)).not.toContain(slot.reference);
  });

  it('a slot taken a moment earlier is a conflict, and the nearest free times exclude it', async () => {
    const { department, doctor } = await doctorIn('全科');
    const [, slot] = await freeSlotsOf(doctor);
    if (!slot) throw new Error('no slot');
    const taken = await fetch(
      url(`${DEMO_ENDPOINTS.fhirBase}/$demo-take-slot?slot=${slot.reference}`),
      {
        method: 'POST',
      },
    );
    await taken.text();

    const error = await bookAppointment(client, {
      identifier: identifier(2),
      patient,
      slot,
      doctor,
      department,
    }).catch((e: unknown) => e);
    const nearest = nearestSlots(await freeSlotsOf(doctor), slot.start, 4);

    expect(error).toBeInstanceOf(HealthError);
    expect(error).toMatchObject({ kind: 'conflict', status: 409 });
    expect((error as HealthError).issues[0]?.text).toMatch(/已被预约/);
    expect(nearest).toHaveLength(4);
    expect(nearest.map((s) => s.reference)).not.toContain(slot.reference);
  });

  it('cancels with a reason: the slot is free again and the booking reads cancelled', async () => {
    const { department, doctor } = await doctorIn('心内科');
    const [slot] = await freeSlotsOf(doctor);
    if (!slot) throw new Error('no slot');
    const booking = await bookAppointment(client, {
      identifier: identifier(3),
      patient,
      slot,
      doctor,
      department,
    });

    const cancelled = await cancelAppointment(client, booking, 'pat-fb', '身体好了');
    const [listed] = await listAppointments(client, patient, now - WEEK);

    expect(cancelled.status).toBe('cancelled');
    expect(listed?.status).toBe('cancelled');
    expect(listed?.resource.cancelationReason?.coding?.[0]?.code).toBe('pat-fb');
    expect((await freeSlotsOf(doctor)).map((s) => s.reference)).toContain(slot.reference);
  });

  it('a video consultation comes back with its room link on the server’s own origin', async () => {
    const { department, doctor } = await doctorIn('心理咨询');
    const [slot] = await freeSlotsOf(doctor);
    if (!slot) throw new Error('no slot');

    const booking = await bookAppointment(client, {
      identifier: identifier(4),
      patient,
      slot,
      doctor,
      department,
    });
    const room = await fetch(booking.video?.url ?? 'about:blank');

    expect(booking.video).toEqual({
      url: url(`/demo-api/video-room/${booking.id}`),
      openOnTv: true,
    });
    expect(await room.text()).toContain('演示视频诊室');
  });
});
