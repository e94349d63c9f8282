import type { Appointment } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { readBooking } from '@src/data/health/appointment-resource';
import { listAppointments } from '@src/data/health/appointments';
import { listDepartments, listDoctors } from '@src/data/health/directory';
import { FhirClient } from '@src/data/health/fhir-client';
import { findSchedules, listFreeSlots } from '@src/data/health/slots';
import { BASE, TOKEN, fakeFetch, fhirJson, fixture, searchset } from './fixture-server';

/** A server holding the official R4 examples, answering each search the client makes. */
function examplesServer() {
  return fakeFetch(({ url }) => {
    switch (url.pathname.replace('/r4/', '')) {
      case 'HealthcareService':
        return fhirJson(searchset([fixture('HealthcareService-example')]));
      case 'PractitionerRole':
        return fhirJson(
          searchset([fixture('PractitionerRole-example')], [fixture('Practitioner-example')]),
        );
      case 'Schedule':
        return fhirJson(searchset([fixture('Schedule-example')]));
      case 'Slot':
        return fhirJson(
          searchset(['Slot-1', 'Slot-2', 'Slot-3', 'Slot-example'].map((name) => fixture(name))),
        );
      case 'Appointment':
        return fhirJson(searchset([fixture('Appointment-2docs'), fixture('Appointment-example')]));
      default:
        return fhirJson({ resourceType: 'OperationOutcome', issue: [] }, 404);
    }
  });
}

function client() {
  const server = examplesServer();
  return {
    client: new FhirClient({ baseUrl: BASE, token: TOKEN, fetch: server.fetch }),
    ...server,
  };
}

describe('the client against the official R4 examples', () => {
  it('reads departments from HealthcareService?active=true', async () => {
    const { client: c, sent } = client();

    const departments = await listDepartments(c);

    expect(sent[0]?.url.search).toBe('?active=true');
    expect(departments).toEqual([
      expect.objectContaining({
        reference: 'HealthcareService/example',
        name: 'Consulting psychologists and/or psychology services',
        video: false,
      }),
    ]);
  });

  it('reads doctors from PractitionerRole?service=… with their Practitioner included', async () => {
    const { client: c, sent } = client();

    const doctors = await listDoctors(c, { service: 'HealthcareService/example' });

    expect(Object.fromEntries(sent[0]?.url.searchParams ?? [])).toEqual({
      service: 'HealthcareService/example',
      _include: 'PractitionerRole:practitioner',
    });
    expect(doctors).toEqual([
      expect.objectContaining({
        roleReference: 'PractitionerRole/example',
        practitionerReference: 'Practitioner/example',
        name: 'Dr Adam Careful',
        title: 'Bachelor of Science',
      }),
    ]);
    expect(doctors[0]?.photoUrl).toBeUndefined();
  });

  it('can search doctors by specialty instead', async () => {
    const { client: c, sent } = client();

    await listDoctors(c, { specialty: 'http://snomed.info/sct|408443003' });

    expect(sent[0]?.url.searchParams.get('specialty')).toBe('http://snomed.info/sct|408443003');
  });

  it('finds the schedule by actor and keeps only free slots in the window, sorted', async () => {
    const { client: c, sent } = client();
    const from = Date.parse('2013-12-25T00:00:00Z');
    const to = Date.parse('2013-12-26T00:00:00Z');

    const schedules = await findSchedules(c, 'Location/1');
    const slots = await listFreeSlots(c, schedules, from, to);

    expect(schedules).toEqual(['Schedule/example']);
    expect(sent[1]?.url.searchParams.getAll('start')).toEqual([
      'ge2013-12-25T00:00:00.000Z',
      'lt2013-12-26T00:00:00.000Z',
    ]);
    expect(Object.fromEntries(sent[1]?.url.searchParams ?? [])).toMatchObject({
      schedule: 'Schedule/example',
      status: 'free',
      _sort: 'start',
    });
    // Slot-1 is busy, Slot-2 busy-tentative, Slot-3 busy-unavailable: only "example" is free.
    expect(slots).toEqual([
      {
        reference: 'Slot/example',
        schedule: 'Schedule/example',
        start: Date.parse('2013-12-25T09:15:00Z'),
        end: Date.parse('2013-12-25T09:30:00Z'),
      },
    ]);
  });

  it('lists the patient’s appointments soonest first, with doctor and service', async () => {
    const { client: c, sent } = client();

    const bookings = await listAppointments(
      c,
      'Patient/example',
      Date.parse('2013-01-01T00:00:00Z'),
    );

    expect(Object.fromEntries(sent[0]?.url.searchParams ?? [])).toEqual({
      patient: 'Patient/example',
      date: 'ge2013-01-01T00:00:00.000Z',
    });
    expect(bookings.map((b) => [b.id, b.doctorName, b.serviceName, b.status])).toEqual([
      ['2docs', 'Dr Adam Careful', 'General Discussion', 'booked'],
      ['example', 'Dr Adam Careful', 'General Discussion', 'booked'],
    ]);
  });

  it('reads an Appointment without a start (a request) as nothing to list', () => {
    expect(readBooking(fixture<Appointment>('Appointment-examplereq'), BASE)).toBeUndefined();
  });
});
