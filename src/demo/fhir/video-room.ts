/**
 * Video consultations in the demo clinic. A booking with a video department's
 * doctor gets its meeting link the way an R4 server can give one: R5's
 * Appointment.virtualService carried by FHIR's cross-version extension (a
 * complex extension named after VirtualServiceDetail's elements). The link
 * opens a small page on the portal's own origin standing in for the video
 * room, so the demo never names an outside host.
 */
import { DEMO_BASE } from '../endpoints';
import { isVideoDepartment, type DepartmentKey } from './departments';
import type { Extension, Slot } from './fhir-types';
import { SCHEDULES } from './practitioners';

export const VIRTUAL_SERVICE_EXTENSION =
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-Appointment.virtualService';
/** Demo code system for the kind of room (R5's own codes name products: zoom, ms-teams…). */
const VIRTUAL_SERVICE_TYPE = 'urn:hearth:demo:fhir:virtual-service-type';

export const VIDEO_ROOM_PATH = `${DEMO_BASE}/video-room`;

/** Whether a slot belongs to a department that sees patients by video. */
export function isVideoSlot(slot: Slot): boolean {
  const schedule = SCHEDULES.find((s) => `Schedule/${s.id ?? ''}` === slot.schedule.reference);
  return (schedule?.actor ?? []).some((actor) => {
    const match = /HealthcareService\/service-(.+)$/.exec(actor.reference ?? '');
    return match?.[1] !== undefined && isVideoDepartment(match[1] as DepartmentKey);
  });
}

export function virtualServiceExtension(roomUrl: string): Extension {
  return {
    url: VIRTUAL_SERVICE_EXTENSION,
    extension: [
      {
        url: 'channelType',
        valueCoding: { system: VIRTUAL_SERVICE_TYPE, code: 'web', display: '网页视频诊室' },
      },
      { url: 'address', valueUrl: roomUrl },
    ],
  };
}

/** The stand-in room: a page that says who is waiting, in the portal's colours. */
export function videoRoomPage(appointmentId: string): string {
  const id = appointmentId.replace(/[^A-Za-z0-9-]/g, '');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>演示视频诊室</title>
<style>
  html,body{margin:0;height:100%;background:#0d2a33;color:#fff;font-family:sans-serif}
  main{height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:24px}
  h1{font-size:64px;margin:0} p{font-size:36px;margin:0;color:#cde}
</style></head>
<body><main><h1>演示视频诊室</h1><p>预约 ${id}：医生马上就到，请稍候。</p>
<p>Demo video room: the doctor will join shortly.</p></main></body></html>`;
}
