/**
 * <hearth-reminder-list>: the programme reminders the household has set (in
 * the guide, 提醒我), soonest first, each with 取消提醒. Shown in a dialog from
 * Settings; follows the store, so a reminder that falls due or moves with a
 * new guide updates the list while it is open.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  programmeReminders,
  reminderId,
  type ProgrammeReminder,
} from '../../data/reminders/programme-reminders.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { formatDateTime } from '../../i18n/date-time-format.js';
import { h23Clock } from '../../i18n/h23-clock.js';
import { getLocale } from '../../i18n/localization.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { StoreChangeController } from '../../ui/event-target-controller.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

@customElement('hearth-reminder-list')
export class HearthReminderList extends LitElement {
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Shanghai';
  private readonly _store = programmeReminders();
  private readonly _follow = new StoreChangeController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    this._follow.follow(this._store);
    const reminders = this._store.all;
    if (reminders.length === 0) {
      return html`<p class="empty">
        ${msg('还没有节目提醒。在节目指南里，对还没开始的节目按确定，就可以设提醒。', {
          id: 'settings.reminders.empty',
        })}
      </p>`;
    }
    return html`<ul ${zone({ id: 'settings.reminders', scroll: true })}>
      ${reminders.map(
        (reminder) =>
          html`<li>
            <span class="what">${this._describe(reminder)}</span>
            <button
              class="button focusable"
              data-reminder=${reminderId(reminder)}
              aria-label=${msg(str`取消提醒：${this._describe(reminder)}`, {
                id: 'settings.reminders.cancelFor',
              })}
              ${focusable({ key: reminderId(reminder) })}
              @click=${() => this._cancel(reminder)}
            >
              ${msg('取消提醒', { id: 'settings.reminders.cancel' })}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private _describe(reminder: ProgrammeReminder): string {
    const when = formatDateTime(reminder.start, getLocale(), this.timeZone, {
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...h23Clock(),
    });
    const parts = [when, reminder.title, reminder.channelName];
    if (reminder.autoSwitch) parts.push(msg('到时自动切换', { id: 'watch.autoSwitch' }));
    return parts.join(' · ');
  }

  private _cancel(reminder: ProgrammeReminder): void {
    const described = this._describe(reminder);
    this._store.remove(reminder);
    speechBridge().announce(msg(str`已取消提醒：${described}`, { id: 'watch.reminderCancelled' }));
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        font-size: ${scaled(32)};
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
        max-height: 520px;
        overflow-y: auto;
      }
      li {
        display: flex;
        align-items: center;
        justify-content: space-between;
        padding: 12px 0;
      }
      .what {
        flex: 1;
        margin-right: 32px;
      }
      .empty {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-reminder-list': HearthReminderList;
  }
}
