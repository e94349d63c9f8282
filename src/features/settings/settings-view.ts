/**
 * Settings: language, text size, high contrast, read-aloud, starting into live
 * TV, programme reminders, the channel lock, about, and the household reset
 * behind a confirmation. Every choice applies at once and is kept on this TV.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext, settingsContext } from '../../app/contexts.js';
import { startsInLiveTv } from '../../app/start-path.js';
import type { HearthConfig } from '../../config/types.js';
import { requestNavigation } from '../../app/navigation.js';
import {
  REMINDER_LEADS,
  type ReminderLead,
  type SettingsStore,
  type TextSize,
} from '../../data/settings/settings-store.js';
import { resetHouseholdData } from '../../data/household-reset.js';
import { focusable, zone } from '../../focus/directives.js';
import { focusEngine } from '../../focus/focus-singleton.js';
import { getLocale, isLocale } from '../../i18n/localization.js';
import { buttonStyles } from '../../ui/button-styles.js';
import '../../ui/choice-row.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { StoreChangeController } from '../../ui/event-target-controller.js';
import '../../ui/confirm-dialog.js';
import '../../ui/hearth-dialog.js';
import '../../ui/pin/pin-setup.js';
import './reminder-list.js';
import { householdPinService } from '../../data/household-pin/pin-lock.js';
import type { HearthEvent } from '../../ui/hearth-events.js';

@customElement('hearth-settings')
export class HearthSettings extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @consume({ context: settingsContext })
  settings!: SettingsStore;

  @consume({ context: configContext })
  config!: HearthConfig;

  @state() private _confirmReset = false;
  @state() private _pinDialog = false;
  @state() private _remindersDialog = false;
  @state() private _resetting = false;
  private _store = new StoreChangeController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    // Demo-only row: loaded lazily so the production build carries none of it.
    if (__HEARTH_DEMO__) void import('./demo-alert-row.js');
  }

  override render() {
    this._store.follow(this.settings);
    const value = this.settings.value;
    const onOff = [
      { value: 'off', label: msg('关', { id: 'settings.off' }) },
      { value: 'on', label: msg('开', { id: 'settings.on' }) },
    ];
    return html`
      <div class="rows" ${zone({ id: 'settings.rows', scroll: true })}>
        <hearth-choice-row
          row-id="settings.language"
          label=${msg('语言', { id: 'settings.language' })}
          .choices=${[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
          value=${getLocale()}
          @hearth-choice=${(e: HearthEvent<'hearth-choice'>) => {
            if (isLocale(e.detail.value)) this.settings.update({ locale: e.detail.value });
          }}
        ></hearth-choice-row>
        <hearth-choice-row
          row-id="settings.textSize"
          label=${msg('文字大小', { id: 'settings.textSize' })}
          .choices=${[
            { value: 'standard', label: msg('标准', { id: 'settings.textSize.standard' }) },
            { value: 'large', label: msg('大', { id: 'settings.textSize.large' }) },
            { value: 'largest', label: msg('特大', { id: 'settings.textSize.largest' }) },
          ]}
          value=${value.textSize}
          @hearth-choice=${(e: HearthEvent<'hearth-choice'>) =>
            this.settings.update({ textSize: e.detail.value as TextSize })}
        ></hearth-choice-row>
        <hearth-choice-row
          row-id="settings.contrast"
          label=${msg('高对比度', { id: 'settings.highContrast' })}
          .choices=${onOff}
          value=${value.highContrast ? 'on' : 'off'}
          @hearth-choice=${(e: HearthEvent<'hearth-choice'>) =>
            this.settings.update({ highContrast: e.detail.value === 'on' })}
        ></hearth-choice-row>
        <hearth-choice-row
          row-id="settings.readAloud"
          label=${msg('朗读焦点内容', { id: 'settings.readAloud' })}
          .choices=${onOff}
          value=${value.readAloud ? 'on' : 'off'}
          @hearth-choice=${(e: HearthEvent<'hearth-choice'>) =>
            this.settings.update({ readAloud: e.detail.value === 'on' })}
        ></hearth-choice-row>
        ${
          this.config.features.includes('watch')
            ? html`<hearth-choice-row
                  row-id="settings.startInLive"
                  label=${msg('开机进入直播', { id: 'settings.startInLive' })}
                  .choices=${onOff}
                  value=${startsInLiveTv(this.config, value) ? 'on' : 'off'}
                  @hearth-choice=${(e: HearthEvent<'hearth-choice'>) =>
                    this.settings.update({ startInLive: e.detail.value === 'on' })}
                ></hearth-choice-row>
                <hearth-choice-row
                  row-id="settings.reminderLead"
                  label=${msg('节目提醒提前', { id: 'settings.reminderLead' })}
                  .choices=${REMINDER_LEADS.map((minutes) => ({
                    value: String(minutes),
                    label:
                      minutes === 0
                        ? msg('准时', { id: 'settings.reminderLead.onTime' })
                        : msg(str`${minutes} 分钟`, { id: 'settings.reminderLead.minutes' }),
                  }))}
                  value=${String(value.reminderLeadMinutes)}
                  @hearth-choice=${(e: HearthEvent<'hearth-choice'>) => {
                    const minutes = Number(e.detail.value) as ReminderLead;
                    if (REMINDER_LEADS.includes(minutes))
                      this.settings.update({ reminderLeadMinutes: minutes });
                  }}
                ></hearth-choice-row>
                <div class="row" ${zone({ id: 'settings.reminderList' })}>
                  <span class="label"
                    >${msg('节目提醒', { id: 'settings.reminders.heading' })}</span
                  >
                  <button
                    class="button focusable"
                    data-action="reminders"
                    ${focusable({ key: 'reminders' })}
                    @click=${() => (this._remindersDialog = true)}
                  >
                    ${msg('查看和取消…', { id: 'settings.reminders' })}
                  </button>
                </div>
                <div class="row" ${zone({ id: 'settings.channelLock' })}>
                  <span class="label">${msg('频道锁', { id: 'settings.channelLock' })}</span>
                  <button
                    class="button focusable"
                    data-action="channel-lock"
                    ${focusable({ key: 'channel-lock' })}
                    @click=${() => requestNavigation(this, 'settings/channel-lock')}
                  >
                    ${msg('设置…', { id: 'settings.channelLock.open' })}
                  </button>
                </div>`
            : nothing
        }
        ${__HEARTH_DEMO__ ? html`<hearth-demo-alert-row></hearth-demo-alert-row>` : nothing}
        <div class="actions" ${zone({ id: 'settings.actions', enter: 'first' })}>
          <button
            class="button focusable"
            data-action="about"
            ${focusable({ key: 'about' })}
            @click=${() => requestNavigation(this, 'settings/about')}
          >
            ${msg('关于本机', { id: 'settings.about.title' })}
          </button>
          <button
            class="button focusable"
            data-action="pin"
            ${focusable({ key: 'pin' })}
            @click=${() => (this._pinDialog = true)}
          >
            ${
              this.services.get(householdPinService).state === 'no-pin'
                ? msg('设置家庭密码…', { id: 'settings.pin.create' })
                : msg('修改家庭密码…', { id: 'settings.pin.change' })
            }
          </button>
          <button
            class="button focusable danger"
            data-action="reset"
            ${focusable({ key: 'reset' })}
            @click=${() => (this._confirmReset = true)}
          >
            ${msg('清除家庭数据…', { id: 'settings.reset' })}
          </button>
        </div>
      </div>
      ${this._pinDialog ? this._renderPinDialog() : nothing}
      ${this._remindersDialog ? this._renderRemindersDialog() : nothing}
      ${
        this._confirmReset
          ? html`<hearth-confirm-dialog
              layer-id="settings.reset"
              heading=${msg('清除这台电视上的家庭数据？', { id: 'settings.reset.heading' })}
              cancel-label=${msg('取消', { id: 'common.cancel' })}
              confirm-label=${
                this._resetting
                  ? msg('正在清除…', { id: 'settings.reset.busy' })
                  : msg('清除', { id: 'settings.reset.confirm' })
              }
              ?busy=${this._resetting}
              @hearth-cancel=${() => (this._confirmReset = false)}
              @hearth-confirm=${this._reset}
            >
              <p>
                ${msg('设置、未提交的草稿、待发送的申请和缓存的数据都会被删除，无法恢复。', {
                  id: 'settings.reset.body',
                })}
              </p>
            </hearth-confirm-dialog>`
          : nothing
      }
    `;
  }

  /** Health and government services open with this PIN (see src/ui/pin/pin-gate.ts). */
  private _renderPinDialog() {
    const creating = this.services.get(householdPinService).state === 'no-pin';
    return html`<hearth-dialog
      layer-id="settings.pin"
      heading=${msg('家庭密码', { id: 'settings.pin.heading' })}
      @hearth-dialog-close=${() => (this._pinDialog = false)}
    >
      <hearth-pin-setup
        .lock=${this.services.get(householdPinService)}
        mode=${creating ? 'create' : 'change'}
        @hearth-pin-set=${() => {
          this._pinDialog = false;
          this.requestUpdate();
        }}
      ></hearth-pin-setup>
    </hearth-dialog>`;
  }

  /** The programme reminders set in the guide, each with 取消提醒. */
  private _renderRemindersDialog() {
    const close = () => (this._remindersDialog = false);
    return html`<hearth-dialog
      layer-id="settings.reminders"
      heading=${msg('节目提醒', { id: 'settings.reminders.heading' })}
      @hearth-dialog-close=${close}
    >
      <hearth-reminder-list time-zone=${this.config.timeZone}></hearth-reminder-list>
      <button
        slot="actions"
        class="button focusable"
        data-action="close"
        ${focusable({ key: 'close' })}
        @click=${close}
      >
        ${msg('关闭', { id: 'common.close' })}
      </button>
    </hearth-dialog>`;
  }

  private _reset = async () => {
    this._resetting = true;
    try {
      await resetHouseholdData();
    } catch (error) {
      console.error('[hearth:settings] reset failed', error);
    }
    focusEngine().clearMemory();
    // Start again on the home screen, without a language forced by the address.
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    url.hash = '#/';
    history.replaceState(null, '', url.href);
    location.reload();
  };

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      /* At the largest text size the rows outgrow the screen: they scroll,
         and the focus engine keeps the focused one in view. */
      .rows {
        display: flex;
        flex-direction: column;
        max-width: 1500px;
        max-height: 100%;
        overflow-y: auto;
        padding: 12px;
        /* Keep the focus ring of the first and last rows inside the scroller. */
        scroll-padding: 24px;
        box-sizing: border-box;
        gap: 20px;
      }
      :host-context([data-no-flex-gap]) .rows > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 20px;
      }
      .actions {
        display: flex;
        margin-top: 16px;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .actions > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 32px;
      }
      /* A row like the choice rows (hearth-choice-row), its button where their choices are. */
      .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
        padding: 12px 32px;
        border-radius: 20px;
        background: var(--hearth-surface, #1f252c);
        border: 3px solid var(--hearth-border, transparent);
      }
      .row .label {
        font-size: ${scaled(36)};
      }
      .danger:focus {
        background: #e5484d;
        color: #fff;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-settings': HearthSettings;
  }
}
