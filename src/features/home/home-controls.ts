/**
 * <hearth-home-controls>: what a tile opens inside a <hearth-dialog> when one
 * press is not enough. A curtain: open / stop / close and the position in
 * 10 % steps. Air conditioning: its modes and the target up or down. An alarm
 * panel: arm (home, away) or disarm, with its code when it has one. A lock:
 * the household PIN before unlocking (set first if there is none), then the
 * lock's own code if it has one. The dialog shows the entity as it is now
 * (the dashboard keeps `entity` current, pending changes included).
 *
 * @fires hearth-home-call - { id, control, close } a call for the dashboard to make
 * @fires hearth-dialog-close - the household is done
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { householdPinService } from '../../data/household-pin/pin-lock.js';
import {
  climateMode,
  climateModes,
  climateStepTo,
  climateTargetStep,
  COVER_CLOSE,
  COVER_OPEN,
  COVER_POSITION_STEP,
  COVER_STOP,
  coverClose,
  coverOpen,
  coverPosition,
  coverStepTo,
  coverStop,
  fixedCodeLength,
  hasCodeFormat,
  lockControl,
  panelControl,
  panelNeedsCode,
  panelServices,
  supports,
  type HomeControl,
  type PanelService,
} from '../../data/home/entity-controls.js';
import type { HomeEntity } from '../../data/home/home-types.js';
import { focusable } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { StoreChangeController } from '../../ui/event-target-controller.js';
import { climateModeText, entityStateText } from './entity-text.js';
import '../../ui/pin/pin-setup.js';
import '../../ui/pin/pin-unlock.js';
import './code-pad.js';
import { emit, type HearthEvent } from '../../ui/hearth-events.js';

export interface HomeCallDetail {
  id: string;
  control: HomeControl;
  /** Close the dialog once sent (a one-off choice, not a control to press again). */
  close: boolean;
}

/** Why the dialog opened for a lock. */
export type LockIntent = 'unlock' | 'lock';

type Step =
  | { kind: 'buttons' }
  | { kind: 'pin' }
  /** The device's own code, then this call with it. */
  | { kind: 'code'; make: (code: string) => HomeControl };

@customElement('hearth-home-controls')
export class HearthHomeControls extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) entity!: HomeEntity;
  /** For locks: what the household asked for. */
  @property() intent: LockIntent = 'unlock';
  /** What went wrong with the last call, from the dashboard. */
  @property() message = '';

  @state() private _step: Step | null = null;
  private _lock = new StoreChangeController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const entity = this.entity;
    this._lock.follow(this.services.get(householdPinService));
    const step = (this._step ??= this._firstStep());
    const close = html`<button
      class="button focusable"
      data-action="close"
      ${focusable({ key: 'close' })}
      @click=${this._close}
    >
      ${msg('关闭', { id: 'home.controls.close' })}
    </button>`;
    const now = html`<p class="now" role="status">${entityStateText(entity)}</p>
      ${this.message ? html`<p class="problem" role="alert">${this.message}</p>` : nothing}`;
    if (step.kind === 'buttons') {
      return html`${now} ${this._buttons(entity)}
        <div class="row">${close}</div>`;
    }
    // A pad is tall: the words and Close go beside it, so the dialog fits the screen.
    const setting =
      step.kind === 'pin' && this.services.get(householdPinService).state === 'no-pin';
    return html`<div class="side">
      <div class="info">
        ${now}
        ${
          setting
            ? html`<p class="why">
                ${msg('开门锁要用家庭密码。请先设置一个，以后开锁时输入它。', {
                  id: 'home.lock.setPin',
                })}
              </p>`
            : nothing
        }
        ${close}
      </div>
      ${
        step.kind === 'pin'
          ? this._pin(setting)
          : html`<hearth-home-code-pad
              length=${fixedCodeLength(entity) ?? 0}
              prompt=${msg(str`请输入「${entity.name}」的密码`, { id: 'home.code.prompt' })}
              @hearth-home-code=${(e: HearthEvent<'hearth-home-code'>) =>
                this._send(step.make(e.detail.code), true)}
            ></hearth-home-code-pad>`
      }
    </div>`;
  }

  private _firstStep(): Step {
    if (this.entity.domain !== 'lock') return { kind: 'buttons' };
    if (this.intent === 'unlock' && this.services.get(householdPinService).state !== 'unlocked')
      return { kind: 'pin' };
    return this._lockCodeStep(this.intent === 'lock');
  }

  private _lockCodeStep(locked: boolean): Step {
    return { kind: 'code', make: (code) => lockControl(locked, code) };
  }

  private _pin(setting: boolean) {
    const next = () => {
      if (hasCodeFormat(this.entity)) {
        this._step = this._lockCodeStep(false);
      } else {
        this._send(lockControl(false), true);
      }
    };
    if (setting) {
      return html`<hearth-pin-setup
        mode="create"
        .lock=${this.services.get(householdPinService)}
        @hearth-pin-set=${next}
      ></hearth-pin-setup>`;
    }
    return html`<hearth-pin-unlock
      .lock=${this.services.get(householdPinService)}
      reason=${msg('开门锁需要家庭密码', { id: 'home.lock.reason' })}
      @hearth-unlocked=${next}
    ></hearth-pin-unlock>`;
  }

  private _buttons(entity: HomeEntity) {
    switch (entity.domain) {
      case 'cover':
        return this._cover(entity);
      case 'climate':
        return this._climate(entity);
      case 'alarm_control_panel':
        return this._panel(entity);
      default:
        return nothing;
    }
  }

  private _cover(entity: HomeEntity) {
    const down = coverStepTo(entity, -1);
    const up = coverStepTo(entity, 1);
    const position = coverPosition(entity);
    return html`<div class="row">
        ${supports(entity, COVER_OPEN) ? this._button('open', msg('打开', { id: 'home.cover.open' }), coverOpen(), true) : nothing}
        ${supports(entity, COVER_STOP) ? this._button('stop', msg('停', { id: 'home.cover.stop' }), coverStop(entity)) : nothing}
        ${supports(entity, COVER_CLOSE) ? this._button('close-cover', msg('关上', { id: 'home.cover.close' }), coverClose()) : nothing}
      </div>
      ${
        up || down
          ? html`<div class="row">
              ${this._button('less', msg(str`关小 ${COVER_POSITION_STEP}%`, { id: 'home.cover.less' }), down)}
              <span class="level"
                >${position === undefined ? '' : msg(str`开了 ${position}%`, { id: 'home.coverPosition' })}</span
              >
              ${this._button('more', msg(str`开大 ${COVER_POSITION_STEP}%`, { id: 'home.cover.more' }), up)}
            </div>`
          : nothing
      }`;
  }

  private _climate(entity: HomeEntity) {
    const step = climateTargetStep(entity);
    const target = entity.attributes['temperature'];
    const down = climateStepTo(entity, -1);
    const up = climateStepTo(entity, 1);
    return html`<div class="row wrap">
        ${climateModes(entity).map((mode) =>
          this._button(
            `mode:${mode}`,
            mode === 'off' ? msg('关机', { id: 'home.mode.off' }) : climateModeText(mode),
            climateMode(mode),
            // Focus starts on the mode it is in: OK there changes nothing by accident.
            entity.state === mode,
            entity.state === mode,
          ),
        )}
      </div>
      ${
        typeof target === 'number'
          ? html`<div class="row">
              ${this._button('cooler', msg(str`调低 ${step} °C`, { id: 'home.climate.down' }), down)}
              <span class="level"
                >${msg(str`设定 ${target}\u00a0°C`, { id: 'home.climateTarget' })}</span
              >
              ${this._button('warmer', msg(str`调高 ${step} °C`, { id: 'home.climate.up' }), up)}
            </div>`
          : nothing
      }`;
  }

  private _panel(entity: HomeEntity) {
    const labels: Record<PanelService, string> = {
      alarm_arm_home: msg('在家布防', { id: 'home.panel.armHome' }),
      alarm_arm_away: msg('离家布防', { id: 'home.panel.armAway' }),
      alarm_disarm: msg('撤防', { id: 'home.panel.disarm' }),
    };
    const current: Record<PanelService, boolean> = {
      alarm_arm_home: entity.state === 'armed_home',
      alarm_arm_away: entity.state === 'armed_away',
      alarm_disarm: entity.state === 'disarmed',
    };
    return html`<div class="row">
      ${panelServices(entity).map(
        (service, i) =>
          html`<button
            class="button focusable"
            data-action=${service}
            aria-pressed=${String(current[service])}
            ${focusable({ key: service, autofocus: i === 0 })}
            @click=${() => this._panelChoice(entity, service)}
          >
            ${labels[service]}
          </button>`,
      )}
    </div>`;
  }

  private _panelChoice(entity: HomeEntity, service: PanelService): void {
    if (panelNeedsCode(entity, service)) {
      this._step = { kind: 'code', make: (code) => panelControl(service, code) };
    } else {
      this._send(panelControl(service), true);
    }
  }

  private _button(
    key: string,
    label: string,
    control: HomeControl | null,
    autofocus = false,
    pressed?: boolean,
  ) {
    return html`<button
      class="button focusable"
      data-action=${key}
      aria-disabled=${control ? 'false' : 'true'}
      aria-pressed=${pressed === undefined ? nothing : String(pressed)}
      ${focusable({ key, autofocus })}
      @click=${() => control && this._send(control, false)}
    >
      ${label}
    </button>`;
  }

  private _send(control: HomeControl, close: boolean): void {
    emit(this, 'hearth-home-call', { id: this.entity.id, control, close });
  }

  private _close = () => {
    emit(this, 'hearth-dialog-close');
  };

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 24px;
      }
      .now {
        margin: 0;
        font-size: ${scaled(36)};
        font-weight: bold;
      }
      .problem {
        margin: 0;
        color: #ffd27a;
        font-weight: bold;
      }
      .why {
        margin: 0;
        max-width: 440px;
      }
      .side {
        display: flex;
        align-items: center;
        gap: 56px;
      }
      :host-context([data-no-flex-gap]) .side > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 56px;
      }
      .info {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        max-width: 460px;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .info > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 24px;
      }
      .row {
        display: flex;
        align-items: center;
        justify-content: center;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .row > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 24px;
      }
      .row.wrap {
        flex-wrap: wrap;
      }
      .level {
        min-width: 260px;
        text-align: center;
        font-size: ${scaled(34)};
        font-weight: bold;
      }
      .button[aria-disabled='true'] {
        opacity: 0.4;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-home-controls': HearthHomeControls;
  }
  interface HTMLElementEventMap {
    'hearth-home-call': CustomEvent<HomeCallDetail>;
  }
}

declare global {
  interface HearthEvents {
    /** A control on a device was used: call its service (and close the controls). */
    'hearth-home-call': HomeCallDetail;
  }
}
