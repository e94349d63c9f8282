/**
 * <hearth-programme-reminder>: at a reminded programme's start, less the lead
 * the household chose in Settings (提前提醒), a panel over whatever is on screen
 * (live TV, another area, a half-typed form, which stays as it was underneath)
 * with 切换 and 忽略. A reminder set to switch by itself (到时自动切换) tunes
 * without asking, unless a dialog is open or the household is in an area
 * where it types (a form): then it asks like the others.
 *
 * The shell mounts it once when live TV is on offer. It sleeps until the next
 * reminder falls due (never longer than a minute, so a TV that slept or had
 * its clock set still reminds on time), and shows it in the frame of its time
 * (frame-alarm.ts).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { requestNavigation } from '../../app/navigation.js';
import type { HearthConfig } from '../../config/types.js';
import {
  programmeReminders,
  reminderId,
  type ProgrammeReminder,
} from '../../data/reminders/programme-reminders.js';
import { dueReminder, nextDueAt, withoutPast } from '../../data/reminders/reminder-schedule.js';
import type { SettingsStore } from '../../data/settings/settings-store.js';
import { focusable, zone } from '../../focus/directives.js';
import { focusEngine, speechBridge } from '../../focus/focus-singleton.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { formatDateTime } from '../../i18n/date-time-format.js';
import { h23Clock } from '../../i18n/h23-clock.js';
import { getLocale } from '../../i18n/localization.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { overlayStyles, reminderPanelStyles } from '../../ui/overlay-styles.js';
import { FrameAlarm } from './frame-alarm.js';
import { requestChannel } from './tune-request.js';

/** Areas where the household types into forms: a reminder asks there, never switches by itself. */
const FORM_AREAS = ['services', 'health', 'community'];

@customElement('hearth-programme-reminder')
export class HearthProgrammeReminder extends LitElement {
  @property({ attribute: false }) config!: HearthConfig;
  @property({ attribute: false }) settings!: SettingsStore;
  @state() private _due: ProgrammeReminder | null = null;
  /** The next reminder comes in the frame of its time (see FrameAlarm). */
  private readonly _alarm = new FrameAlarm((ahead) => this._check(ahead));
  private readonly _store = programmeReminders();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._store.addEventListener('change', this._onChange);
    this.settings.addEventListener('change', this._onChange);
    // Programmes that ended while the TV was off have nothing left to remind of.
    const now = Date.now();
    if (withoutPast(this._store.all, now).length !== this._store.all.length) {
      this._store.putAll(withoutPast(this._store.all, now));
    }
    this._check();
  }

  override disconnectedCallback(): void {
    this._alarm.cancel();
    this._store.removeEventListener('change', this._onChange);
    this.settings.removeEventListener('change', this._onChange);
    super.disconnectedCallback();
  }

  override render() {
    const reminder = this._due;
    if (!reminder) return nothing;
    const minutes = Math.ceil((reminder.start - Date.now()) / 60_000);
    return html`<div class="scrim"></div>
      <section
        class="panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="programme-reminder-title"
        aria-describedby="programme-reminder-what"
        data-reminder=${reminderId(reminder)}
        @hearth-key=${this._onKey}
        ${zone({ id: 'watch.reminder', layer: true, trap: true, memory: false })}
      >
        <h2 id="programme-reminder-title">
          ${
            minutes > 0
              ? msg(str`${minutes} 分钟后开始`, { id: 'watch.reminder.soon' })
              : msg('节目开始了', { id: 'watch.reminder.now' })
          }
        </h2>
        <p id="programme-reminder-what" class="what">${this._describe(reminder)}</p>
        <div class="buttons">
          <button
            class="button focusable"
            data-action="switch"
            ${focusable({ key: 'switch', autofocus: true })}
            @click=${() => this._switch(reminder)}
          >
            ${msg(str`切换到 ${reminder.channelName}`, { id: 'watch.reminder.switch' })}
          </button>
          <button
            class="button focusable"
            data-action="ignore"
            ${focusable({ key: 'ignore' })}
            @click=${() => this._put(reminder)}
          >
            ${msg('忽略（返回键）', { id: 'watch.reminder.ignore' })}
          </button>
        </div>
      </section>`;
  }

  private _describe(reminder: ProgrammeReminder): string {
    const time = formatDateTime(reminder.start, getLocale(), this.config.timeZone, {
      hour: '2-digit',
      minute: '2-digit',
      ...h23Clock(),
    });
    return `${time} ${reminder.title} · ${reminder.channelName}`;
  }

  private _onChange = () => this._check();

  /** `ahead`: the alarm woke in the frame that will show the next few ms (FrameAlarm). */
  private _check(ahead = 0): void {
    this._alarm.cancel();
    const now = Date.now() + ahead;
    const leadMs = this.settings.value.reminderLeadMinutes * 60_000;
    const due = dueReminder(this._store.all, now, leadMs, new Set()) ?? null;
    if (due && (!this._due || reminderId(due) !== reminderId(this._due))) this._arrive(due);
    else if (!due) this._due = null;
    // An auto-switch above changed the store, whose 'change' ran this check again: this one sets the alarm.
    this._alarm.set(nextDueAt(this._store.all, now, leadMs));
  }

  private _arrive(reminder: ProgrammeReminder): void {
    if (reminder.autoSwitch && !this._householdBusy()) {
      speechBridge().announce(
        msg(str`节目提醒，已切换：${this._describe(reminder)}`, { id: 'watch.reminder.switched' }),
        'assertive',
      );
      this._switch(reminder);
      return;
    }
    this._due = reminder;
    speechBridge().announce(
      msg(str`节目提醒：${this._describe(reminder)}`, { id: 'watch.reminder.said' }),
      'assertive',
    );
  }

  /** A dialog holds the keys, or the household is somewhere it types. */
  private _householdBusy(): boolean {
    if (focusEngine().layerOpen) return true;
    const area = location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
    return FORM_AREAS.includes(area);
  }

  private _switch(reminder: ProgrammeReminder): void {
    this._put(reminder);
    requestChannel(reminder.channelKey);
    requestNavigation(this, 'watch');
  }

  /** Done with: shown and answered, or switched to. */
  private _put(reminder: ProgrammeReminder): void {
    this._due = null;
    this._store.remove(reminder);
  }

  private _onKey = (event: HearthKeyEvent) => {
    if (event.detail.key === 'Back' && this._due) {
      event.preventDefault();
      this._put(this._due);
    }
  };

  static override styles = [
    focusStyles,
    buttonStyles,
    overlayStyles,
    reminderPanelStyles,
    css`
      :host {
        /* Above an area's own dialogs, below warnings and alarms. */
        z-index: 185;
      }
      .scrim {
        background: rgba(0, 0, 0, 0.55);
      }
      .panel {
        --reminder-gap: 32px;
        top: 120px;
        right: 240px;
        left: 240px;
        font-size: ${scaled(36)};
      }
      h2 {
        font-size: ${scaled(60)};
      }
      .what {
        margin: 0;
        font-size: ${scaled(48)};
        font-weight: bold;
      }
      .buttons {
        display: flex;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .buttons > * + * {
        margin-left: 32px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-programme-reminder': HearthProgrammeReminder;
  }
}
