/** Choosing a time: a week of days with free-slot counts, a day's time grid, and the conflict offer. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Department, Doctor, FreeSlot, SlotDay } from '../../data/health/health-types.js';
import { focusable, zone } from '../../focus/directives.js';
import { MAX_WEEKS_AHEAD } from './health-flow.js';
import { dayText, timeText, whenText } from './health-words.js';

export function daysTemplate(options: {
  department: Department;
  doctor: Doctor;
  days: readonly SlotDay[];
  week: number;
  timeZone: string;
  returnKey: string | undefined;
  onDay: (day: SlotDay) => void;
  onWeek: (week: number) => void;
}) {
  const { doctor, days, week, timeZone, returnKey } = options;
  const free = days.reduce((sum, day) => sum + day.slots.length, 0);
  return html`<h2>${doctor.name} · ${msg('选择日子', { id: 'health.days.title' })}</h2>
    <p class="lead">
      ${
        free
          ? msg(str`这一周还有 ${free} 个空闲时间。`, { id: 'health.days.free' })
          : msg('这一周没有空闲时间了，看看下一周。', { id: 'health.days.none' })
      }
    </p>
    <div class="days" ${zone({ id: 'health.days' })}>
      ${days.map((day) => {
        const count = day.slots.length;
        const key = String(day.dayStart);
        const label = dayText(day.dayStart, timeZone);
        return count
          ? html`<button
              class="day focusable"
              data-day=${key}
              aria-label=${`${label}, ${msg(str`${count} 个空号`, { id: 'health.days.count' })}`}
              ${focusable({ key, autofocus: key === returnKey })}
              @click=${() => options.onDay(day)}
            >
              <span>${label}</span>
              <span class="count">${msg(str`${count} 个空号`, { id: 'health.days.count' })}</span>
            </button>`
          : html`<div class="day empty" data-day=${key}>
              <span>${label}</span>
              <span class="count">${msg('约满或休息', { id: 'health.days.full' })}</span>
            </div>`;
      })}
    </div>
    <div class="actions" ${zone({ id: 'health.weeks' })}>
      ${
        week > 0
          ? html`<button
              class="button focusable"
              data-action="previous-week"
              ${focusable({ key: 'previous-week' })}
              @click=${() => options.onWeek(week - 1)}
            >
              ${msg('上一周', { id: 'health.days.previousWeek' })}
            </button>`
          : nothing
      }
      ${
        week < MAX_WEEKS_AHEAD
          ? html`<button
              class="button focusable"
              data-action="next-week"
              ${focusable({ key: 'next-week', autofocus: free === 0 })}
              @click=${() => options.onWeek(week + 1)}
            >
              ${msg('下一周', { id: 'health.days.nextWeek' })}
            </button>`
          : nothing
      }
    </div>`;
}

export function timesTemplate(options: {
  doctor: Doctor;
  dayStart: number;
  slots: readonly FreeSlot[];
  timeZone: string;
  returnKey: string | undefined;
  onSlot: (slot: FreeSlot) => void;
}) {
  const { doctor, dayStart, slots, timeZone, returnKey } = options;
  return html`<h2>${doctor.name} · ${dayText(dayStart, timeZone)}</h2>
    <p class="lead">${msg('选一个空闲时间。', { id: 'health.times.lead' })}</p>
    ${timeGrid(slots, timeZone, returnKey, options.onSlot, 'health.times')}`;
}

function timeGrid(
  slots: readonly FreeSlot[],
  timeZone: string,
  returnKey: string | undefined,
  onSlot: (slot: FreeSlot) => void,
  zoneId: string,
) {
  return html`<div class="scroller" ${zone({ id: zoneId, scroll: true })}>
    <div class="times">
      ${slots.map(
        (slot) =>
          html`<button
            class="time focusable"
            data-slot=${slot.reference}
            ${focusable({ key: slot.reference, autofocus: slot.reference === returnKey })}
            @click=${() => onSlot(slot)}
          >
            ${timeText(slot.start, timeZone)}
          </button>`,
      )}
    </div>
  </div>`;
}

export function conflictTemplate(options: {
  doctor: Doctor;
  wanted: FreeSlot;
  nearest: readonly FreeSlot[];
  timeZone: string;
  onSlot: (slot: FreeSlot) => void;
  onOtherDay: () => void;
}) {
  const { doctor, wanted, nearest, timeZone } = options;
  const when = whenText(wanted.start, timeZone);
  const name = doctor.name;
  return html`<h2 class="problem" role="alert">
      ${msg(str`${when} 刚刚被别人约走了`, { id: 'health.conflict.title' })}
    </h2>
    <p class="lead">
      ${
        nearest.length
          ? msg(str`${name}医生离这个时间最近的空闲时间：`, { id: 'health.conflict.nearest' })
          : msg(str`${name}医生最近两周没有空闲时间了。`, { id: 'health.conflict.none' })
      }
    </p>
    ${nearest.length ? timeGridWide(nearest, timeZone, options.onSlot) : nothing}
    <div class="actions" ${zone({ id: 'health.conflict.actions' })}>
      <button
        class="button focusable"
        data-action="other-day"
        ${focusable({ key: 'other-day', autofocus: nearest.length === 0 })}
        @click=${options.onOtherDay}
      >
        ${msg('换个日子', { id: 'health.conflict.otherDay' })}
      </button>
    </div>`;
}

function timeGridWide(
  slots: readonly FreeSlot[],
  timeZone: string,
  onSlot: (slot: FreeSlot) => void,
) {
  return html`<div class="times wide" ${zone({ id: 'health.conflict.times' })}>
    ${slots.map(
      (slot, index) =>
        html`<button
          class="time focusable"
          data-slot=${slot.reference}
          ${focusable({ key: slot.reference, autofocus: index === 0 })}
          @click=${() => onSlot(slot)}
        >
          ${whenText(slot.start, timeZone)}
        </button>`,
    )}
  </div>`;
}
