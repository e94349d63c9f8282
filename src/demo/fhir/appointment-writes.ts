/**
 * Booking and cancelling: FHIR `create` and `update` of Appointment against the
 * demo store. Booking takes the slot (it turns busy); cancelling gives it back.
 * The checks are the ones a real scheduling server makes and the portal must
 * handle: a malformed resource is 400, a slot that is no longer free is 409, and
 * a conditional create (`If-None-Exist`) returns the earlier booking instead of
 * booking twice when the portal retries.
 */
import { formatBeijingIso } from '../time';
import type { Appointment, AppointmentParticipant, Slot } from './fhir-types';
import type { FhirStore } from './fhir-store';
import { fhirError } from './operation-outcome';
import { identifierMatches } from './search-params';
import { isVideoSlot, virtualServiceExtension } from './video-room';

const BOOKABLE_STATUSES = ['booked', 'proposed', 'pending'];
const APPOINTMENT_STATUSES = [
  'proposed',
  'pending',
  'booked',
  'arrived',
  'fulfilled',
  'cancelled',
  'noshow',
  'entered-in-error',
  'checked-in',
  'waitlist',
];
const PARTICIPANT_STATUSES = ['accepted', 'declined', 'tentative', 'needs-action'];
/** Statuses in which an appointment no longer holds its slot. */
const RELEASING_STATUSES = ['cancelled', 'entered-in-error'];

export interface WriteResult {
  status: 200 | 201;
  appointment: Appointment;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(zh: string, en: string, expression: string): never {
  throw fhirError(400, 'invalid', { zh, en }, [expression]);
}

/** Checks the shape of an Appointment body; returns it typed. */
function checkAppointment(body: unknown, allowedStatuses: readonly string[]): Appointment {
  if (!isRecord(body))
    invalid('请求内容不是 JSON 对象。', 'The body is not a JSON object.', 'Appointment');
  if (body.resourceType !== 'Appointment') {
    invalid(
      '资源类型必须是 Appointment。',
      'resourceType must be "Appointment".',
      'Appointment.resourceType',
    );
  }
  if (typeof body.status !== 'string' || !allowedStatuses.includes(body.status)) {
    invalid(
      `预约状态无效，应为 ${allowedStatuses.join('、')} 之一。`,
      `status must be one of ${allowedStatuses.join(', ')}.`,
      'Appointment.status',
    );
  }
  const slots = body.slot;
  if (
    !Array.isArray(slots) ||
    slots.length === 0 ||
    !slots.every((ref) => isRecord(ref) && typeof ref.reference === 'string')
  ) {
    invalid('缺少号源（slot）引用。', 'slot must reference at least one Slot.', 'Appointment.slot');
  }
  const participants = body.participant;
  if (!Array.isArray(participants) || participants.length === 0) {
    invalid('缺少参与者（participant）。', 'participant is required.', 'Appointment.participant');
  }
  participants.forEach((participant: unknown, index) => {
    if (
      !isRecord(participant) ||
      typeof participant.status !== 'string' ||
      !PARTICIPANT_STATUSES.includes(participant.status)
    ) {
      invalid(
        '参与者状态无效。',
        `participant status must be one of ${PARTICIPANT_STATUSES.join(', ')}.`,
        `Appointment.participant[${index}].status`,
      );
    }
  });
  const hasPatient = (participants as AppointmentParticipant[]).some((participant) =>
    /(^|\/)Patient\/[^/]+$/.test(participant.actor?.reference ?? ''),
  );
  if (!hasPatient) {
    invalid(
      '参与者中必须包含就诊人（Patient）。',
      'participant must include the patient (an actor referencing Patient/…).',
      'Appointment.participant',
    );
  }
  return body as unknown as Appointment;
}

function slotsOf(store: FhirStore, appointment: Appointment): Slot[] {
  return (appointment.slot ?? []).map((ref, index) => {
    const id = (ref.reference ?? '').split('/').slice(-2);
    const slot = id[0] === 'Slot' && id[1] ? store.slot(id[1]) : undefined;
    if (!slot) {
      throw fhirError(
        400,
        'not-found',
        { zh: '所选号源不存在。', en: `Slot ${ref.reference ?? ''} does not exist.` },
        [`Appointment.slot[${index}]`],
      );
    }
    return slot;
  });
}

/** The earlier booking a conditional create names, if there is one. */
function findExisting(store: FhirStore, ifNoneExist: string): Appointment | undefined {
  const criteria = new URLSearchParams(ifNoneExist);
  const identifiers = criteria.getAll('identifier');
  if (identifiers.length === 0 || [...criteria.keys()].some((key) => key !== 'identifier')) {
    throw fhirError(400, 'not-supported', {
      zh: 'If-None-Exist 仅支持 identifier 条件。',
      en: 'If-None-Exist supports only identifier=system|value in the demo server.',
    });
  }
  const matches = store
    .all('Appointment')
    .filter((resource) =>
      identifiers.every((query) => identifierMatches((resource as Appointment).identifier, query)),
    ) as Appointment[];
  if (matches.length > 1) {
    throw fhirError(412, 'duplicate', {
      zh: '有多个预约符合条件。',
      en: 'More than one appointment matches If-None-Exist.',
    });
  }
  return matches[0];
}

/**
 * FHIR create: `POST Appointment`, optionally conditional on `If-None-Exist`.
 * A video department's booking gets its room link (`videoRoomUrl(id)`).
 */
export function createAppointment(
  store: FhirStore,
  body: unknown,
  ifNoneExist: string | null,
  videoRoomUrl?: (id: string) => string,
): WriteResult {
  const request = checkAppointment(body, BOOKABLE_STATUSES);
  if (ifNoneExist) {
    const existing = findExisting(store, ifNoneExist);
    if (existing) return { status: 200, appointment: existing };
  }
  const slots = slotsOf(store, request);
  const now = store.now();
  for (const slot of slots) {
    if (slot.status !== 'free') {
      throw fhirError(409, 'conflict', {
        zh: '该时段已被预约，请选择其他时间。',
        en: 'This time slot is no longer free. Please choose another time.',
      });
    }
    if (Date.parse(slot.start) <= now) {
      throw fhirError(409, 'conflict', {
        zh: '该时段已过，请选择其他时间。',
        en: 'This time slot has already started. Please choose another time.',
      });
    }
  }
  const starts = slots.map((slot) => Date.parse(slot.start));
  const ends = slots.map((slot) => Date.parse(slot.end));
  const id = store.nextAppointmentId();
  const appointment: Appointment = {
    ...request,
    id,
    meta: { versionId: '1', lastUpdated: formatBeijingIso(now) },
    start: request.start ?? formatBeijingIso(Math.min(...starts)),
    end: request.end ?? formatBeijingIso(Math.max(...ends)),
    created: request.created ?? formatBeijingIso(now).slice(0, 10),
  };
  if (videoRoomUrl && slots.some(isVideoSlot)) {
    appointment.extension = [
      ...(request.extension ?? []),
      virtualServiceExtension(videoRoomUrl(id)),
    ];
  }
  for (const slot of slots) store.setSlotStatus(slot.id ?? '', 'busy');
  store.saveAppointment(appointment);
  return { status: 201, appointment };
}

const slotKey = (appointment: Appointment): string =>
  (appointment.slot ?? [])
    .map((ref) => ref.reference ?? '')
    .sort()
    .join(' ');

/** FHIR update: `PUT Appointment/{id}`. Cancelling (with a reason) frees the slot. */
export function updateAppointment(
  store: FhirStore,
  id: string,
  body: unknown,
  ifMatch: string | null,
): WriteResult {
  const request = checkAppointment(body, APPOINTMENT_STATUSES);
  if (request.id !== id) {
    invalid(
      '资源 id 与地址不一致。',
      `The resource id must be "${id}", as in the URL.`,
      'Appointment.id',
    );
  }
  const current = store.appointment(id);
  if (!current) {
    throw fhirError(404, 'not-found', {
      zh: '预约不存在。',
      en: `Appointment/${id} does not exist.`,
    });
  }
  const version = current.meta?.versionId ?? '1';
  if (ifMatch && ifMatch.replace(/^W\//, '').replace(/"/g, '') !== version) {
    throw fhirError(412, 'conflict', {
      zh: '预约已被修改，请刷新后重试。',
      en: `Version conflict: Appointment/${id} is at version ${version}.`,
    });
  }
  if (slotKey(request) !== slotKey(current)) {
    throw fhirError(400, 'not-supported', {
      zh: '不能直接更改号源，请取消后重新预约。',
      en: 'Changing the slot is not supported: cancel and book again.',
    });
  }
  const wasReleased = RELEASING_STATUSES.includes(current.status);
  const releases = RELEASING_STATUSES.includes(request.status);
  if (wasReleased && !releases) {
    throw fhirError(400, 'business-rule', {
      zh: '已取消的预约不能恢复，请重新预约。',
      en: 'A cancelled appointment cannot be reinstated; book again.',
    });
  }
  if (request.status === 'cancelled' && !request.cancelationReason) {
    invalid(
      '取消预约需要填写取消原因。',
      'cancelationReason is required to cancel.',
      'Appointment.cancelationReason',
    );
  }
  const now = store.now();
  const updated: Appointment = {
    ...request,
    meta: { versionId: String(Number(version) + 1), lastUpdated: formatBeijingIso(now) },
    created: request.created ?? current.created,
  };
  if (releases && !wasReleased) {
    for (const slot of slotsOf(store, current)) store.setSlotStatus(slot.id ?? '', 'free');
  }
  store.saveAppointment(updated);
  return { status: 200, appointment: updated };
}

/** Demo only: marks a slot busy as if someone else had just booked it (for conflict tests). */
export function takeSlot(store: FhirStore, slotReference: string): Slot {
  const id = slotReference.split('/').pop() ?? '';
  const slot = store.slot(id);
  if (!slot) {
    throw fhirError(404, 'not-found', {
      zh: '号源不存在。',
      en: `Slot ${slotReference} does not exist.`,
    });
  }
  store.setSlotStatus(id, 'busy');
  return { ...slot, status: 'busy' };
}
