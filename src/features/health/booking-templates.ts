/** Confirming a booking and its result. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Booking, Department, Doctor, FreeSlot } from '../../data/health/health-types.js';
import { focusable, zone } from '../../focus/directives.js';
import { timeText, visitReasons, whenText } from './health-words.js';

export function confirmTemplate(options: {
  department: Department;
  doctor: Doctor;
  slot: FreeSlot;
  reason: number;
  timeZone: string;
  busy: boolean;
  onReason: (index: number) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { department, doctor, slot, timeZone, busy } = options;
  return html`<h2>${msg('确认预约', { id: 'health.confirm.title' })}</h2>
    <dl class="summary">
      <dt>${msg('科室', { id: 'health.field.department' })}</dt>
      <dd>${department.name}</dd>
      <dt>${msg('医生', { id: 'health.field.doctor' })}</dt>
      <dd>${doctor.name}${doctor.title ? ` · ${doctor.title}` : ''}</dd>
      <dt>${msg('时间', { id: 'health.field.time' })}</dt>
      <dd>${whenText(slot.start, timeZone)} – ${timeText(slot.end, timeZone)}</dd>
      ${
        department.video
          ? html`<dt>${msg('方式', { id: 'health.field.mode' })}</dt>
              <dd>
                ${msg('视频问诊：到时在电视上进入诊室，或用手机扫码', { id: 'health.confirm.video' })}
              </dd>`
          : nothing
      }
    </dl>
    <p class="lead" id="reason-label">${msg('看病原因', { id: 'health.field.reason' })}</p>
    <div
      class="actions"
      role="radiogroup"
      aria-labelledby="reason-label"
      ${zone({ id: 'health.reason' })}
    >
      ${visitReasons().map(
        (label, index) =>
          html`<button
            class="button focusable"
            role="radio"
            aria-checked=${String(index === options.reason)}
            data-reason=${index}
            ${focusable({ key: `reason-${index}` })}
            @click=${() => options.onReason(index)}
          >
            ${index === options.reason ? '✓ ' : ''}${label}
          </button>`,
      )}
    </div>
    <div class="actions" ${zone({ id: 'health.confirm.actions' })}>
      <button
        class="button focusable"
        data-action="confirm"
        aria-disabled=${String(busy)}
        ${focusable({ key: 'confirm', autofocus: true })}
        @click=${() => (busy ? undefined : options.onConfirm())}
      >
        ${
          busy
            ? msg('正在预约…', { id: 'health.confirm.busy' })
            : msg('确认预约', { id: 'health.confirm.ok' })
        }
      </button>
      <button
        class="button focusable"
        data-action="back"
        ${focusable({ key: 'back' })}
        @click=${options.onCancel}
      >
        ${msg('换个时间', { id: 'health.confirm.back' })}
      </button>
    </div>`;
}

export function bookedTemplate(options: {
  booking: Booking;
  department: Department;
  timeZone: string;
  reminderMinutes: number;
  onMine: () => void;
  onDone: () => void;
}) {
  const { booking, department, timeZone } = options;
  const minutes = options.reminderMinutes;
  return html`<h2 class="success" role="status">
      ${msg('预约成功', { id: 'health.booked.title' })}
    </h2>
    <dl class="summary">
      <dt>${msg('科室', { id: 'health.field.department' })}</dt>
      <dd>${department.name}</dd>
      <dt>${msg('医生', { id: 'health.field.doctor' })}</dt>
      <dd>${booking.doctorName ?? ''}</dd>
      <dt>${msg('时间', { id: 'health.field.time' })}</dt>
      <dd>${whenText(booking.start, timeZone)} – ${timeText(booking.end, timeZone)}</dd>
    </dl>
    <p class="lead">
      ${
        booking.video
          ? msg(str`开始前 ${minutes} 分钟，电视上会提醒您进入视频诊室。`, {
              id: 'health.booked.videoHint',
            })
          : msg(str`开始前 ${minutes} 分钟，电视上会提醒您。`, { id: 'health.booked.hint' })
      }
    </p>
    <div class="actions" ${zone({ id: 'health.booked.actions' })}>
      <button
        class="button focusable"
        data-action="mine"
        ${focusable({ key: 'mine', autofocus: true })}
        @click=${options.onMine}
      >
        ${msg('查看我的预约', { id: 'health.booked.mine' })}
      </button>
      <button
        class="button focusable"
        data-action="done"
        ${focusable({ key: 'done' })}
        @click=${options.onDone}
      >
        ${msg('完成', { id: 'health.booked.done' })}
      </button>
    </div>`;
}
