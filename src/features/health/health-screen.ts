/**
 * <hearth-health>: booking with the hospital's FHIR scheduling server, and
 * the household's appointments. The screens are a stack inside this one
 * route (health-flow.ts); Back pops one, and at the first screen it leaves to
 * the router. Nothing is cached: every screen asks the server afresh, and
 * offline the screen says why it cannot book (a cancellation is queued).
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import { requestNavigation } from '../../app/navigation.js';
import type { HearthConfig } from '../../config/types.js';
import { focusEngine, speechBridge } from '../../focus/focus-singleton.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { HealthError, isHealthError } from '../../data/health/health-error.js';
import { addDays, dayStartIn } from '../../data/health/zoned-day.js';
import { slotDays } from '../../data/health/slots.js';
import { appointmentsView, cancelView, cancelledView, detailView } from './appointment-views.js';
import { bookedView, confirmView } from './booking-views.js';
import { departmentsView, doctorsView, menuView } from './choose-views.js';
import { HealthActions, type HealthData } from './health-actions.js';
import type { Screen } from './health-flow.js';
import { healthStyles } from './health-styles.js';
import { errorText, whenText } from './health-words.js';
import { conflictView, daysView, timesView } from './slot-views.js';
import { backButton, errorView, orEmpty, waitingView } from './status-views.js';
import './video-panel.js';

@customElement('hearth-health')
export class HearthHealth extends LitElement {
  @consume({ context: configContext })
  config!: HearthConfig;

  /** The first screen: the menu, or straight to "My appointments". */
  @property() start: 'menu' | 'appointments' = 'menu';

  @state() private _stack: Screen[] = [];
  @state() private _data: HealthData = {};
  @state() private _loading = false;
  @state() private _busy = false;
  @state() private _error: { error: HealthError; retry: () => void } | null = null;
  private _actions!: HealthActions;
  private _focusAfterRender = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._actions = new HealthActions(this.config, {
      data: () => this._data,
      setData: (data) => (this._data = { ...this._data, ...data }),
      screen: () => this.top,
      push: (screen, key) => this.push(screen, key),
      replace: (stack) => this._show(stack),
      replaceTop: (screen) => this._show([...this._stack.slice(0, -1), screen]),
      setBusy: (busy) => (this._busy = busy),
      fail: (error, retry) => this._fail(error, retry),
      say: (text) => speechBridge().announce(text, 'assertive'),
    });
    if (this._stack.length === 0) this._show([{ name: this.start }]);
  }

  get top(): Screen | undefined {
    return this._stack[this._stack.length - 1];
  }

  /** Open `screen` on top, remembering `returnKey` as where focus goes when Back comes here. */
  push(screen: Screen, returnKey?: string): void {
    const below = this._stack.map((entry, index) =>
      index === this._stack.length - 1 && returnKey !== undefined ? { ...entry, returnKey } : entry,
    );
    this._show([...below, screen]);
  }

  pop(): boolean {
    if (this._stack.length <= 1) return false;
    this._show(this._stack.slice(0, -1));
    return true;
  }

  private _show(stack: Screen[]): void {
    this._stack = stack;
    this._error = null;
    this._busy = false;
    this._focusAfterRender = true;
    const screen = this.top;
    if (screen) void this._load(screen);
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
      ${this._error ? errorView(this._error.error, this._retry, this._backAction) : this._loading ? waitingView() : this._screen(screen)}
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
        return menuView(
          key,
          () => a.openDepartments('book'),
          () => a.openAppointments('mine'),
        );
      case 'departments':
        return orEmpty(this._backAction, d.departments, (list) =>
          departmentsView(list, key, (x) => a.pickDepartment(x)),
        );
      case 'doctors':
        return orEmpty(this._backAction, d.doctors, (list) =>
          doctorsView(screen.department, list, key, (x) => a.pickDoctor(screen.department, x)),
        );
      case 'days': {
        const first = addDays(dayStartIn(Date.now(), zoneOf), screen.week * 7, zoneOf);
        return daysView({
          department: screen.department,
          doctor: screen.doctor,
          days: slotDays(d.slots ?? [], first, 7, zoneOf),
          week: screen.week,
          timeZone: zoneOf,
          returnKey: key,
          onDay: (day) => a.pickDay(screen, day),
          onWeek: (week) => this._show([...this._stack.slice(0, -1), { ...screen, week }]),
        });
      }
      case 'times': {
        const next = addDays(screen.dayStart, 1, zoneOf);
        const slots = (d.slots ?? []).filter((s) => s.start >= screen.dayStart && s.start < next);
        return timesView({
          doctor: screen.doctor,
          dayStart: screen.dayStart,
          slots,
          timeZone: zoneOf,
          returnKey: key,
          onSlot: (slot) => a.pickSlot(screen.department, screen.doctor, slot),
        });
      }
      case 'confirm':
        return confirmView({
          ...screen,
          timeZone: zoneOf,
          busy: this._busy,
          onReason: (reason) => this._show([...this._stack.slice(0, -1), { ...screen, reason }]),
          onConfirm: () => void a.confirm(screen),
          onCancel: () => this.pop(),
        });
      case 'conflict':
        return conflictView({
          doctor: screen.doctor,
          wanted: screen.wanted,
          nearest: d.nearest ?? [],
          timeZone: zoneOf,
          onSlot: (slot) => a.pickSlot(screen.department, screen.doctor, slot),
          onOtherDay: () => a.otherDay(screen),
        });
      case 'booked':
        return bookedView({
          ...screen,
          timeZone: zoneOf,
          reminderMinutes: this.config.sources.health?.reminderMinutes ?? 15,
          onMine: () => this._show([{ name: 'menu', returnKey: 'mine' }, { name: 'appointments' }]),
          onDone: () => this._show([{ name: 'menu' }]),
        });
      case 'appointments':
        return appointmentsView({
          bookings: d.bookings ?? [],
          now: Date.now(),
          timeZone: zoneOf,
          returnKey: key,
          changed: screen.changed,
          onOpen: (booking) => this.push({ name: 'detail', booking }, booking.id),
          onBook: () => a.openDepartments('book'),
        });
      case 'detail':
        return detailView({
          booking: screen.booking,
          now: Date.now(),
          timeZone: zoneOf,
          onVideo: () => this.push({ name: 'video', booking: screen.booking }, 'video'),
          onCancel: () => this.push({ name: 'cancel', booking: screen.booking }, 'cancel'),
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
        return cancelView({
          booking: screen.booking,
          timeZone: zoneOf,
          busy: this._busy,
          onReason: (code, text) => void a.cancel(screen.booking, code, text),
          onKeep: () => this.pop(),
        });
      case 'cancelled':
        return cancelledView({
          ...screen,
          onDone: () => this._show([{ name: 'menu', returnKey: 'mine' }, { name: 'appointments' }]),
        });
    }
  }

  private _backAction = () => this._back();

  private _retry = () => {
    const retry = this._error?.retry;
    this._error = null;
    retry?.();
  };

  private _back(): void {
    if (this._error && this.top?.name === 'confirm') {
      // The error was about this confirmation: Back returns to it, not past it.
      this._error = null;
      this._focusAfterRender = true;
      return;
    }
    if (!this.pop()) requestNavigation(this, '');
  }

  private _onKey = (event: HearthKeyEvent) => {
    if (event.detail.key !== 'Back' || event.defaultPrevented) return;
    if (this._stack.length > 1 || (this._error && this.top?.name === 'confirm')) {
      event.preventDefault();
      this._back();
    }
  };

  static override styles = healthStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-health': HearthHealth;
  }
}
