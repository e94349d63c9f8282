/** My appointments: the list (upcoming and past), one appointment, cancelling it. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { isUpcoming } from '../../data/health/appointments.js';
import type { Booking, CancelReasonCode } from '../../data/health/health-types.js';
import { focusable, zone } from '../../focus/directives.js';
import {
  CANCEL_REASONS,
  appointmentChangedText,
  bookingTitle,
  cancelReasonText,
  statusText,
  timeText,
  whenText,
} from './health-words.js';

export function appointmentsTemplate(options: {
  bookings: readonly Booking[];
  now: number;
  timeZone: string;
  returnKey: string | undefined;
  /** A cancellation found the appointment changed by the hospital: say so above the list. */
  changed?: boolean;
  onOpen: (booking: Booking) => void;
  onBook: () => void;
}) {
  const { bookings, now } = options;
  const upcoming = bookings.filter((b) => isUpcoming(b, now));
  const past = bookings.filter((b) => !isUpcoming(b, now)).reverse();
  return html`<h2>${msg('我的预约', { id: 'health.menu.mine' })}</h2>
    ${options.changed ? html`<p class="lead notice" role="status">${appointmentChangedText()}</p>` : nothing}
    <div class="scroller" ${zone({ id: 'health.appointments', scroll: true })}>
      <h3 class="section-title">${msg('即将到来', { id: 'health.mine.upcoming' })}</h3>
      ${
        upcoming.length
          ? html`<div class="rows">${upcoming.map((b) => row(b, options, false))}</div>`
          : html`<div class="actions">
              <p class="lead">${msg('还没有预约。', { id: 'health.mine.none' })}</p>
              <button
                class="button focusable"
                data-action="book"
                ${focusable({ key: 'book' })}
                @click=${options.onBook}
              >
                ${msg('预约挂号', { id: 'health.menu.book' })}
              </button>
            </div>`
      }
      ${
        past.length
          ? html`<h3 class="section-title">
                ${msg('以前的和已取消的', { id: 'health.mine.past' })}
              </h3>
              <div class="rows">${past.map((b) => row(b, options, true))}</div>`
          : nothing
      }
    </div>`;
}

function row(
  booking: Booking,
  options: { timeZone: string; returnKey: string | undefined; onOpen: (booking: Booking) => void },
  past: boolean,
) {
  return html`<button
    class="row focusable ${past ? 'past' : ''}"
    data-appointment=${booking.id}
    data-status=${booking.status}
    ${focusable({ key: booking.id, autofocus: booking.id === options.returnKey })}
    @click=${() => options.onOpen(booking)}
  >
    <span class="when">${whenText(booking.start, options.timeZone)}</span>
    <span class="who">${bookingTitle(booking)}</span>
    ${booking.video ? html`<span class="badge">${msg('视频问诊', { id: 'health.video' })}</span>` : nothing}
    <span>${statusText(booking)}</span>
  </button>`;
}

export function detailTemplate(options: {
  booking: Booking;
  now: number;
  timeZone: string;
  onVideo: () => void;
  onCancel: () => void;
}) {
  const { booking, timeZone } = options;
  const upcoming = isUpcoming(booking, options.now);
  return html`<h2>${bookingTitle(booking)}</h2>
    <dl class="summary">
      <dt>${msg('时间', { id: 'health.field.time' })}</dt>
      <dd>${whenText(booking.start, timeZone)} – ${timeText(booking.end, timeZone)}</dd>
      <dt>${msg('状态', { id: 'health.field.status' })}</dt>
      <dd>${statusText(booking)}</dd>
      ${
        booking.resource.cancelationReason?.text
          ? html`<dt>${msg('取消原因', { id: 'health.field.cancelReason' })}</dt>
              <dd>${booking.resource.cancelationReason.text}</dd>`
          : nothing
      }
    </dl>
    <div class="actions" ${zone({ id: 'health.detail.actions' })}>
      ${
        upcoming && booking.video
          ? html`<button
              class="button focusable"
              data-action="video"
              ${focusable({ key: 'video', autofocus: true })}
              @click=${options.onVideo}
            >
              ${msg('进入视频诊室', { id: 'health.detail.video' })}
            </button>`
          : nothing
      }
      ${
        upcoming
          ? html`<button
              class="button focusable"
              data-action="cancel"
              ${focusable({ key: 'cancel' })}
              @click=${options.onCancel}
            >
              ${msg('取消预约', { id: 'health.detail.cancel' })}
            </button>`
          : html`<p class="message focusable" tabindex="-1" ${focusable({ key: 'info' })}>
              ${msg('这个预约已经结束或取消了。', { id: 'health.detail.over' })}
            </p>`
      }
    </div>`;
}

export function cancelTemplate(options: {
  booking: Booking;
  timeZone: string;
  busy: boolean;
  onReason: (code: CancelReasonCode, text: string) => void;
  onKeep: () => void;
}) {
  const { booking, timeZone, busy } = options;
  return html`<h2>${msg('取消这个预约？', { id: 'health.cancel.title' })}</h2>
    <p class="lead">${whenText(booking.start, timeZone)} · ${bookingTitle(booking)}</p>
    <p class="lead">
      ${
        busy
          ? msg('正在取消…', { id: 'health.cancel.busy' })
          : msg('请选择原因，选好就会取消：', { id: 'health.cancel.lead' })
      }
    </p>
    <div class="rows two" ${zone({ id: 'health.cancel.reasons' })}>
      ${CANCEL_REASONS.map((code, index) => {
        const text = cancelReasonText(code);
        return html`<button
          class="row focusable"
          data-reason=${code}
          aria-disabled=${String(busy)}
          ${focusable({ key: code, autofocus: index === 0 })}
          @click=${() => (busy ? undefined : options.onReason(code, text))}
        >
          ${text}
        </button>`;
      })}
      <button
        class="row focusable"
        data-action="keep"
        ${focusable({ key: 'keep' })}
        @click=${options.onKeep}
      >
        ${msg('不取消了', { id: 'health.cancel.keep' })}
      </button>
    </div>`;
}

export function cancelledTemplate(options: {
  booking: Booking;
  queued: boolean;
  onDone: () => void;
}) {
  return html`<h2 class="success" role="status">
      ${
        options.queued
          ? msg('已记下，联网后会自动取消', { id: 'health.cancelled.queued' })
          : msg('预约已取消', { id: 'health.cancelled.title' })
      }
    </h2>
    <p class="lead">
      ${
        options.queued
          ? msg('现在没有网络。取消请求放在“待发送”里，网络恢复后自动发给医院。', {
              id: 'health.cancelled.queuedHint',
            })
          : msg('这个时间已经还给医院，别人可以预约了。', { id: 'health.cancelled.hint' })
      }
    </p>
    <div class="actions" ${zone({ id: 'health.cancelled.actions' })}>
      <button
        class="button focusable"
        data-action="done"
        ${focusable({ key: 'done', autofocus: true })}
        @click=${options.onDone}
      >
        ${msg('回到我的预约', { id: 'health.cancelled.done' })}
      </button>
    </div>`;
}
