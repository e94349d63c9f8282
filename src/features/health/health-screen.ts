/**
 * <hearth-health>: booking with the hospital's FHIR scheduling server, and
 * the household's appointments. The screens are a stack inside this one
 * route (health-flow.ts, on ui/screen-stack.ts); Back pops one, and at the
 * first screen it leaves to the router. Nothing is cached: every screen asks the server afresh, and
 * offline the screen says why it cannot book (a cancellation is queued).
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import { requestNavigation } from '../../app/navigation.js';
import type { HearthConfig } from '../../config/types.js';
import { focusEngine, speechBridge } from '../../focus/focus-singleton.js';
import { HealthError, isHealthError } from '../../data/health/health-error.js';
import { addDays, dayStartIn } from '../../data/health/zoned-day.js';
import { slotDays } from '../../data/health/slots.js';
import {
  appointmentsTemplate,
  cancelTemplate,
  cancelledTemplate,
  detailTemplate,
} from './appointment-templates.js';
import { bookedTemplate, confirmTemplate } from './booking-templates.js';
import { departmentsTemplate, doctorsTemplate, menuTemplate } from './choose-templates.js';
import { HealthActions, type HealthData } from './health-actions.js';
import type { Screen } from './health-flow.js';
import { healthStyles } from './health-styles.js';
import { ScreenStack } from '../../ui/screen-stack.js';
import { errorText, whenText } from './health-words.js';
import { conflictTemplate, daysTemplate, timesTemplate } from './slot-templates.js';
import { backButton, errorTemplate, orEmpty, waitingTemplate } from './status-templates.js';
import './video-panel.js';

@customElement('hearth-health')
export class HearthHealth extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @consume({ context: configContext })
  config!: HearthConfig;

  /** The first screen: the menu, or straight to "My appointments". */
  @property() start: 'menu' | 'appointments' = 'menu';

  @state() private _data: HealthData = {};
  @state() private _loading = false;
  @state() private _busy = false;
  @state() private _error: { error: HealthError; retry: () => void } | null = null;
  private _actions!: HealthActions;
  private _focusAfterRender = false;
  private readonly _screens = new ScreenStack<Screen>(this, [], {
    // An error about a confirmation: Back returns to the confirmation, not past it.
    back: () => this._clearConfirmError(),
    changed: (top) => {
      this._error = null;
      this._busy = false;
      this._focusAfterRender = true;
      void this._load(top);
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._actions = new HealthActions(this.services, {
      data: () => this._data,
      setData: (data) => (this._data = { ...this._data, ...data }),
      screen: () => this.top,
      push: (screen, key) => this._screens.push(screen, key),
      replace: (stack) => this._screens.replace(stack),
      replaceTop: (screen) => this._screens.replaceTop(screen),
      setBusy: (busy) => (this._busy = busy),
      fail: (error, retry) => this._fail(error, retry),
      say: (text) => speechBridge().announce(text, 'assertive'),
    });
    if (this._screens.depth === 0) this._screens.replace([{ name: this.start }]);
  }

  get top(): Screen | undefined {
    return this._screens.top;
  }

  private async _load(screen: Screen): Promise<void> {
    const load = this._actions.loaderFor(screen);
    if (!load) return;
    this._loading = true;
    try {
      await load();
      if (this.top !== screen) return;
      this._loading = false;
      this._focusAfterRender = true;
    } catch (error) {
      if (this.top !== screen) return;
      this._loading = false;
      this._fail(error, () => void this._load(screen));
    }
  }

  private _fail(error: unknown, retry: () => void): void {
    if (!isHealthError(error)) console.warn('[hearth:health] unexpected failure', error);
    const healthError = isHealthError(error) ? error : new HealthError('invalid-response');
    this._error = { error: healthError, retry };
    this._busy = false;
    this._focusAfterRender = true;
    speechBridge().announce(errorText(healthError), 'assertive');
  }

  override render() {
    const screen = this.top;
    if (!screen) return nothing;
    const state = this._error ? 'error' : this._loading ? 'loading' : 'ready';
    return html`<div class="screen" data-screen=${screen.name} data-state=${state}>
      ${this._error ? errorTemplate(this._error.error, this._retry, this._backAction) : this._loading ? waitingTemplate() : this._screen(screen)}
    </div>`;
  }

  override updated(): void {
    if (!this._focusAfterRender) return;
    this._focusAfterRender = false;
    const container = this.renderRoot.querySelector('.screen') ?? undefined;
    // Wait for the video panel and other children to render their own focusables.
    void Promise.resolve().then(() => focusEngine().focusInitial(container));
  }

  private _screen(screen: Screen): TemplateResult {
    const zoneOf = this.config.timeZone;
    const a = this._actions;
    const d = this._data;
    const key = screen.returnKey;
    switch (screen.name) {
      case 'menu':
        return menuTemplate(
          key,
          () => a.openDepartments('book'),
          () => a.openAppointments('mine'),
        );
      case 'departments':
        return orEmpty(this._backAction, d.departments, (list) =>
          departmentsTemplate(list, key, (x) => a.pickDepartment(x)),
        );
      case 'doctors':
        return orEmpty(this._backAction, d.doctors, (list) =>
          doctorsTemplate(screen.department, list, key, (x) => a.pickDoctor(screen.department, x)),
        );
      case 'days': {
        const first = addDays(dayStartIn(Date.now(), zoneOf), screen.week * 7, zoneOf);
        return daysTemplate({
          department: screen.department,
          doctor: screen.doctor,
          days: slotDays(d.slots ?? [], first, 7, zoneOf),
          week: screen.week,
          timeZone: zoneOf,
          returnKey: key,
          onDay: (day) => a.pickDay(screen, day),
          onWeek: (week) => this._screens.replaceTop({ ...screen, week }),
        });
      }
      case 'times': {
        const next = addDays(screen.dayStart, 1, zoneOf);
        const slots = (d.slots ?? []).filter((s) => s.start >= screen.dayStart && s.start < next);
        return timesTemplate({
          doctor: screen.doctor,
          dayStart: screen.dayStart,
          slots,
          timeZone: zoneOf,
          returnKey: key,
          onSlot: (slot) => a.pickSlot(screen.department, screen.doctor, slot),
        });
      }
      case 'confirm':
        return confirmTemplate({
          ...screen,
          timeZone: zoneOf,
          busy: this._busy,
          onReason: (reason) => this._screens.replaceTop({ ...screen, reason }),
          onConfirm: () => void a.confirm(screen),
          onCancel: () => void this._screens.pop(),
        });
      case 'conflict':
        return conflictTemplate({
          doctor: screen.doctor,
          wanted: screen.wanted,
          nearest: d.nearest ?? [],
          timeZone: zoneOf,
          onSlot: (slot) => a.pickSlot(screen.department, screen.doctor, slot),
          onOtherDay: () => a.otherDay(screen),
        });
      case 'booked':
        return bookedTemplate({
          ...screen,
          timeZone: zoneOf,
          reminderMinutes: this.config.sources.health?.reminderMinutes ?? 15,
          onMine: () =>
            this._screens.replace([{ name: 'menu', returnKey: 'mine' }, { name: 'appointments' }]),
          onDone: () => this._screens.replace([{ name: 'menu' }]),
        });
      case 'appointments':
        return appointmentsTemplate({
          bookings: d.bookings ?? [],
          now: Date.now(),
          timeZone: zoneOf,
          returnKey: key,
          changed: screen.changed,
          onOpen: (booking) => this._screens.push({ name: 'detail', booking }, booking.id),
          onBook: () => a.openDepartments('book'),
        });
      case 'detail':
        return detailTemplate({
          booking: screen.booking,
          now: Date.now(),
          timeZone: zoneOf,
          onVideo: () => this._screens.push({ name: 'video', booking: screen.booking }, 'video'),
          onCancel: () => this._screens.push({ name: 'cancel', booking: screen.booking }, 'cancel'),
        });
      case 'video':
        return html`<h2>
            ${whenText(screen.booking.start, zoneOf)} · ${screen.booking.doctorName ?? ''}
          </h2>
          ${
            screen.booking.video
              ? html`<hearth-health-video
                  take-focus
                  .link=${screen.booking.video}
                ></hearth-health-video>`
              : nothing
          }
          ${backButton(this._backAction)}`;
      case 'cancel':
        return cancelTemplate({
          booking: screen.booking,
          timeZone: zoneOf,
          busy: this._busy,
          onReason: (code, text) => void a.cancel(screen.booking, code, text),
          onKeep: () => void this._screens.pop(),
        });
      case 'cancelled':
        return cancelledTemplate({
          ...screen,
          onDone: () =>
            this._screens.replace([{ name: 'menu', returnKey: 'mine' }, { name: 'appointments' }]),
        });
    }
  }

  private _backAction = () => void this._back();

  private _retry = () => {
    const retry = this._error?.retry;
    this._error = null;
    retry?.();
  };

  /** The 返回 button: as Back on the remote, and at the first screen it leaves the area. */
  private async _back(): Promise<void> {
    if (this._clearConfirmError()) return;
    if (!(await this._screens.pop())) requestNavigation(this, '');
  }

  private _clearConfirmError(): boolean {
    if (!this._error || this.top?.name !== 'confirm') return false;
    this._error = null;
    this._focusAfterRender = true;
    return true;
  }

  static override styles = healthStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-health': HearthHealth;
  }
}
