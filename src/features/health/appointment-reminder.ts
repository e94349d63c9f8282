/**
 * <hearth-appointment-reminder>: over whatever is on screen, N minutes before
 * a booked appointment (N = config sources.health.reminderMinutes), a panel
 * that says who and when; for a video consultation, how to join (on the TV,
 * or the QR code for a phone). It takes the top focus layer and begins an
 * interruption (live TV pauses), like the home alarm overlay. OK on its
 * buttons acts; Back dismisses it for that appointment.
 *
 * The shell mounts it once: `<hearth-appointment-reminder .config=${config}>`.
 * It asks the FHIR server for the household's appointments every minute while
 * online, and at once when a booking is made or cancelled here.
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { HearthConfig } from '../../config/types.js';
import { listAppointments } from '../../data/health/appointments.js';
import type { Booking } from '../../data/health/health-types.js';
import { dueReminder } from '../../data/health/reminder-due.js';
import { beginInterruption, endInterruption } from '../../data/interruptions.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { appointmentChangesService, healthClientService } from './health-service.js';
import { bookingTitle, timeText } from './health-words.js';
import { householdPinService } from '../../data/household-pin/pin-lock.js';
import { StoreChangeController } from '../../ui/event-target-controller.js';
import '../../ui/pin/pin-unlock.js';
import './video-panel.js';
import { overlayStyles, reminderPanelStyles } from '../../ui/overlay-styles.js';

const INTERRUPTION = 'health-reminder';
const POLL_MS = 60_000;

@customElement('hearth-appointment-reminder')
export class HearthAppointmentReminder extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) config!: HearthConfig;
  @state() private _due: Booking | null = null;
  private _bookings: Booking[] = [];
  /** Appointments whose reminder the household has put away (this session). */
  private readonly _dismissed = new Set<string>();
  private _timer: ReturnType<typeof setInterval> | undefined;
  /** Re-render when the household PIN opens or closes (details show only when open). */
  private readonly _lock = new StoreChangeController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.config?.sources.health || !this.config.features.includes('health')) return;
    this._timer = setInterval(() => void this._poll(), POLL_MS);
    window.addEventListener('online', this._pollNow);
    this.services.get(appointmentChangesService).addEventListener('change', this._pollNow);
    void this._poll();
  }

  override disconnectedCallback(): void {
    clearInterval(this._timer);
    window.removeEventListener('online', this._pollNow);
    this.services.get(appointmentChangesService).removeEventListener('change', this._pollNow);
    endInterruption(INTERRUPTION);
    super.disconnectedCallback();
  }

  override render() {
    this._lock.follow(this.services.get(householdPinService));
    const booking = this._due;
    if (!booking) return nothing;
    const minutes = Math.max(0, Math.round((booking.start - Date.now()) / 60_000));
    const time = timeText(booking.start, this.config.timeZone);
    return html`<div class="scrim"></div>
      <section
        class="panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="reminder-title"
        data-appointment=${booking.id}
        @hearth-key=${this._onKey}
        ${zone({ id: 'health.reminder', layer: true, trap: true, memory: false })}
      >
        <h2 id="reminder-title">
          ${
            minutes > 0
              ? msg(str`${minutes} 分钟后看医生`, { id: 'health.reminder.soon' })
              : msg('看医生的时间到了', { id: 'health.reminder.now' })
          }
        </h2>
        ${
          this.services.get(householdPinService).state === 'locked'
            ? // Who the doctor is and the way in are health data: shown once the PIN is given.
              html`<div class="locked">
                <div class="side">
                  <p class="who">${time}</p>
                  ${this._dismissButton(booking, false)}
                </div>
                <hearth-pin-unlock
                  .lock=${this.services.get(householdPinService)}
                  reason=${msg('输入家庭密码，查看是哪一个预约并加入', {
                    id: 'health.reminder.locked',
                  })}
                ></hearth-pin-unlock>
              </div>`
            : html`<p class="who">${time} · ${bookingTitle(booking)}</p>
                ${
                  booking.video
                    ? html`<hearth-health-video
                        .link=${booking.video}
                        take-focus
                      ></hearth-health-video>`
                    : html`<p>${msg('请按时到医院就诊。', { id: 'health.reminder.inPerson' })}</p>`
                }
                ${this._dismissButton(booking, !booking.video?.openOnTv)}`
        }
      </section>`;
  }

  private _dismissButton(booking: Booking, autofocus: boolean) {
    return html`<button
      class="button focusable"
      data-action="dismiss"
      ${focusable({ key: 'dismiss', autofocus })}
      @click=${() => this._dismiss(booking)}
    >
      ${msg('知道了（返回键关闭）', { id: 'health.reminder.dismiss' })}
    </button>`;
  }

  private _pollNow = () => void this._poll();

  private async _poll(): Promise<void> {
    const source = this.config.sources.health;
    const client = this.services.get(healthClientService);
    if (!source || !client) return;
    if (navigator.onLine) {
      try {
        this._bookings = await listAppointments(client, source.patient, Date.now() - 86_400_000);
      } catch {
        // A reminder is a courtesy: keep the last list and try again next minute.
      }
    }
    this._update();
  }

  private _update(): void {
    const minutes = this.config.sources.health?.reminderMinutes ?? 15;
    const due = dueReminder(this._bookings, Date.now(), minutes, this._dismissed) ?? null;
    if (due?.id === this._due?.id) return;
    this._due = due;
    if (due) {
      beginInterruption(INTERRUPTION);
      const words = [
        msg('看医生提醒', { id: 'health.reminder.title' }),
        timeText(due.start, this.config.timeZone),
        ...(this.services.get(householdPinService).state === 'locked' ? [] : [bookingTitle(due)]),
      ].join('，');
      speechBridge().announce(words, 'assertive');
    } else {
      endInterruption(INTERRUPTION);
    }
  }

  private _dismiss(booking: Booking): void {
    this._dismissed.add(booking.id);
    this._update();
  }

  private _onKey = (event: HearthKeyEvent) => {
    // The video room inside handles its own Back first (it leaves the room).
    if (event.detail.key === 'Back' && !event.defaultPrevented && this._due) {
      event.preventDefault();
      this._dismiss(this._due);
    }
  };

  static override styles = [
    focusStyles,
    buttonStyles,
    overlayStyles,
    reminderPanelStyles,
    css`
      :host {
        z-index: 190;
      }
      .scrim {
        background: rgba(0, 0, 0, 0.7);
      }
      .panel {
        top: 100px;
        right: 200px;
        bottom: 100px;
        left: 200px;
        font-size: ${scaled(34)};
      }
      h2 {
        font-size: ${scaled(64)};
      }
      p {
        margin: 0;
      }
      .who {
        font-size: ${scaled(44)};
        font-weight: bold;
      }
      /* Locked: the time and "later" on the left, the PIN pad beside them. */
      .locked {
        display: flex;
        align-items: center;
        flex: 1;
        gap: 64px;
      }
      :host-context([data-no-flex-gap]) .locked > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 64px;
      }
      .side {
        display: flex;
        flex-direction: column;
        flex: 1;
        gap: 40px;
      }
      :host-context([data-no-flex-gap]) .side > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 40px;
      }
      .button {
        align-self: flex-start;
        margin-top: auto;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-appointment-reminder': HearthAppointmentReminder;
  }
}
