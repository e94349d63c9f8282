import type { Appointment } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bookingAppointment,
  cancelledAppointment,
  ifNoneExistFor,
  readBooking,
} from '@src/data/health/appointment-resource';
import type { Department, Doctor, FreeSlot } from '@src/data/health/health-types';
import { VIRTUAL_SERVICE_EXTENSION } from '@src/data/health/video-link';
import { safePhotoUrl } from '@src/data/health/photo-url';
import { BASE, fixture } from './fixture-server';
import { missingR4Elements, validateR4 } from './r4-schema';

const department: Department = {
  reference: 'HealthcareService/service-psychology',
  name: '心理咨询',
  specialty: [
    { coding: [{ system: 'http://snomed.info/sct', code: '394913002' }], text: '心理咨询' },
  ],
  serviceType: [],
  video: true,
};
const doctor: Doctor = {
  roleReference: 'PractitionerRole/role-zhou-min',
  practitionerReference: 'Practitioner/practitioner-zhou-min',
  name: '周敏',
  specialty: [],
};
const slot: FreeSlot = {
  reference: 'Slot/slot-zhou-min-20261125-1400',
  schedule: 'Schedule/schedule-zhou-min',
  start: Date.parse('2026-11-25T14:00:00+08:00'),
  end: Date.parse('2026-11-25T14:30:00+08:00'),
};
const request = {
  identifier: '0b8e2a7c-3c1f-4f7e-9a55-2f3d8c7b1e01',
  patient: 'Patient/demo-patient',
  slot,
  doctor,
  department,
  reason: { text: '复诊、开药' },
};

describe('what the client sends is valid FHIR R4', () => {
  // Compiling the whole R4 schema takes seconds: once, outside any one test's budget.
  beforeAll(() => void validateR4(fixture('Slot-1')), 120_000);

  it('the schema accepts the official examples and refuses a broken Appointment (the check works)', () => {
    expect(validateR4(fixture('Appointment-example'))).toEqual([]);
    expect(validateR4(fixture('Slot-1'))).toEqual([]);
    const broken = { resourceType: 'Appointment', status: 'done', participant: [{}], colour: 1 };
    const errors = validateR4(broken).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    expect(errors.join('\n')).toMatch(/status/);
    expect(errors.join('\n')).toMatch(/additional properties/);
    expect(missingR4Elements(broken)).toEqual(['Appointment.participant[0].status', 'app-3']);
  });

  it('a booking: status booked, the slot, patient and practitioner, serviceType and reasonCode', () => {
    const appointment = bookingAppointment(request);

    expect(validateR4(appointment)).toEqual([]);
    expect(missingR4Elements(appointment)).toEqual([]);
    expect(appointment).toMatchObject({
      resourceType: 'Appointment',
      status: 'booked',
      slot: [{ reference: slot.reference }],
      start: '2026-11-25T06:00:00.000Z',
      end: '2026-11-25T06:30:00.000Z',
      serviceType: [{ text: '心理咨询' }],
      reasonCode: [{ text: '复诊、开药' }],
      identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${request.identifier}` }],
    });
    expect(appointment.participant.map((p) => p.actor?.reference)).toEqual([
      'Patient/demo-patient',
      'Practitioner/practitioner-zhou-min',
    ]);
    expect(ifNoneExistFor(request.identifier)).toBe(
      `identifier=urn%3Aietf%3Arfc%3A3986%7Curn%3Auuid%3A${request.identifier}`,
    );
  });

  it('a cancellation: the appointment as the server had it, cancelled with a coded reason', () => {
    const original = fixture<Appointment>('Appointment-example');

    const cancelled = cancelledAppointment(original, 'pat-fb', '身体好了，不用去了');

    expect(validateR4(cancelled)).toEqual([]);
    expect(missingR4Elements(cancelled)).toEqual([]);
    expect(cancelled).toMatchObject({
      id: 'example',
      status: 'cancelled',
      cancelationReason: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason',
            code: 'pat-fb',
          },
        ],
        text: '身体好了，不用去了',
      },
    });
    expect(cancelled.participant).toEqual(original.participant);
  });
});

describe('reading a booking', () => {
  const withLink = (extension: Appointment['extension']): Appointment => ({
    ...fixture<Appointment>('Appointment-example'),
    extension,
  });

  it('finds the video link in R5’s virtualService, carried by the cross-version extension', () => {
    const appointment = withLink([
      {
        url: VIRTUAL_SERVICE_EXTENSION,
        extension: [
          { url: 'channelType', valueCoding: { code: 'web' } },
          { url: 'address', valueUrl: 'https://[::1]:8443/room/42' },
        ],
      },
    ]);

    expect(validateR4(appointment)).toEqual([]);
    expect(readBooking(appointment, BASE, ['https://[::1]:8443'])?.video).toEqual({
      url: 'https://[::1]:8443/room/42',
      openOnTv: true,
    });
  });

  it('opens a room on the TV only from a video host the operator named, else offers a QR code', () => {
    const appointment = withLink([
      {
        url: VIRTUAL_SERVICE_EXTENSION,
        extension: [{ url: 'address', valueUrl: 'https://127.0.0.1:9443/room/42' }],
      },
    ]);
    // Any https link used to get the TV's camera and microphone.
    expect(readBooking(appointment, BASE)?.video?.openOnTv).toBe(false);
    expect(readBooking(appointment, BASE, ['https://[::1]:8443'])?.video?.openOnTv).toBe(false);
    expect(readBooking(appointment, BASE, ['https://127.0.0.1:9443'])?.video?.openOnTv).toBe(true);
    // The FHIR server's own origin always may (the demo's rooms).
    const own = withLink([
      { url: VIRTUAL_SERVICE_EXTENSION, valueUrl: `${new URL(BASE).origin}/video/1` },
    ]);
    expect(readBooking(own, BASE)?.video?.openOnTv).toBe(true);
  });

  it('offers a plain-http link on another host only as a QR code, and ignores other schemes', () => {
    const http = withLink([
      {
        url: VIRTUAL_SERVICE_EXTENSION,
        extension: [{ url: 'address', valueUrl: 'http://[::1]:8080/r' }],
      },
    ]);
    const app = withLink([
      {
        url: VIRTUAL_SERVICE_EXTENSION,
        extension: [{ url: 'address', valueUrl: 'javascript:alert(1)' }],
      },
    ]);

    expect(readBooking(http, BASE)?.video).toEqual({
      url: 'http://[::1]:8080/r',
      openOnTv: false,
    });
    expect(readBooking(app, BASE)?.video).toBeUndefined();
    expect(readBooking(fixture('Appointment-example'), BASE)?.video).toBeUndefined();
  });

  it('shows a doctor’s photo only inline or from the FHIR server’s own origin', () => {
    expect(safePhotoUrl([{ contentType: 'image/png', data: 'iVBORw0KGgo=' }], BASE)).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(safePhotoUrl([{ url: 'Binary/photo-1' }], BASE)).toBe(`${BASE}/Binary/photo-1`);
    expect(safePhotoUrl([{ url: 'https://fhir.example.org/photos/a.jpg' }], BASE)).toBe(
      'https://fhir.example.org/photos/a.jpg',
    );
    expect(safePhotoUrl([{ url: 'https://127.0.0.1:9444/a.jpg' }], BASE)).toBeUndefined();
    expect(safePhotoUrl([{ contentType: 'text/html', data: 'PGI+' }], BASE)).toBeUndefined();
  });
});
