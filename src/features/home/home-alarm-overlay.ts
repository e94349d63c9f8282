/**
 * Home alarms over whatever is on screen, live TV included. Smoke, gas, CO,
 * water, safety and intrusion take the whole screen as an alertdialog layer,
 * sound until someone presses OK, are read aloud, and pause the picture. A
 * doorbell shows a visitor panel that OK closes. Each alarm is kept in the
 * session's history (the list under the dashboard).
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { HearthConfig } from '../../config/types.js';
import { doorbellCamera } from '../../data/home/doorbell-camera.js';
import type { HomeAlarm } from '../../data/home/home-types.js';
import { beginInterruption, endInterruption } from '../../data/interruptions.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { AlarmKeys } from '../../ui/alarm-keys.js';
import { startAlarmTone } from '../../ui/warning-tone.js';
import { recordAcknowledged, recordAlarm } from './alarm-history.js';
import { alarmAdvice, alarmPlace, alarmTitle } from './alarm-words.js';
import './camera-picture.js';
import { alarmWatcherService } from './home-service.js';
import { householdHomeService } from '../../data/home/household-home.js';
import { overlayStyles } from '../../ui/overlay-styles.js';

const INTERRUPTION = 'home-alarm';

@customElement('hearth-home-alarm-overlay')
export class HearthHomeAlarmOverlay extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) config!: HearthConfig;
  /** Alarms not yet acknowledged, oldest first. */
  @state() private _open: HomeAlarm[] = [];
  private _seen = new Set<string>();
  private _stopTone: (() => void) | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.services.get(alarmWatcherService)?.addEventListener('alarm', this._onAlarm);
  }

  override disconnectedCallback(): void {
    this.services.get(alarmWatcherService)?.removeEventListener('alarm', this._onAlarm);
    this._silence();
    endInterruption(INTERRUPTION);
    super.disconnectedCallback();
  }

  override render() {
    const alarm = this._open.find((a) => a.critical) ?? this._open[0];
    if (!alarm) return nothing;
    const critical = alarm.critical;
    return html`<div class="scrim ${critical ? 'critical' : ''}"></div>
      <section
        class="panel ${critical ? 'critical' : 'visitor'}"
        role=${critical ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby="alarm-title"
        aria-describedby="alarm-place alarm-advice"
        data-kind=${alarm.kind}
        @hearth-key=${this._keys.onKey}
        ${zone({ id: 'home.alarm', layer: true, trap: true, memory: false })}
      >
        <h2 id="alarm-title">${alarmTitle(alarm)}</h2>
        <p id="alarm-place" class="place">${alarmPlace(alarm)}</p>
        <p id="alarm-advice" class="advice">${alarmAdvice(alarm)}</p>
        ${critical ? nothing : this._visitor(alarm)}
        <button
          class="button focusable"
          data-action="acknowledge"
          ${focusable({ key: `ack:${alarm.key}`, autofocus: true })}
          @click=${() => this._acknowledge(alarm)}
        >
          ${
            critical
              ? msg('我知道了，停止报警', { id: 'home.alarm.acknowledge' })
              : msg('好的', { id: 'home.alarm.close' })
          }
        </button>
      </section>`;
  }

  /** Who is at the door: the doorbell camera's snapshot, when the home has one. */
  private _visitor(alarm: HomeAlarm) {
    const home = this.services.get(householdHomeService);
    const camera = home ? doorbellCamera(home.snapshot, alarm.entityId) : undefined;
    if (!home || !camera) return nothing;
    return html`<hearth-home-camera-picture
      class="visitor-picture"
      .home=${home}
      .picture=${camera.attributes['entity_picture']}
      .name=${camera.name}
    ></hearth-home-camera-picture>`;
  }

  private _onAlarm = (event: Event) => {
    const alarm = (event as CustomEvent<HomeAlarm>).detail;
    if (this._seen.has(alarm.key)) return;
    this._seen.add(alarm.key);
    performance.mark('hearth:home-alarm');
    recordAlarm(alarm);
    // A detector that goes on, off and on again before anyone answers is one alarm, not two.
    this._open = [...this._open.filter((a) => a.entityId !== alarm.entityId), alarm];
    this._keys.shown();
    this._sync();
    const words = [alarmTitle(alarm), alarmPlace(alarm), alarmAdvice(alarm)].join('。');
    speechBridge().announce(words, 'assertive');
  };

  /** Nothing but OK leaves an alarm, and not an OK pressed before it showed (alarm-keys.ts). */
  private readonly _keys = new AlarmKeys();

  private _acknowledge(alarm: HomeAlarm): void {
    recordAcknowledged(alarm.key);
    this._open = this._open.filter((a) => a.key !== alarm.key);
    this._sync();
  }

  private _sync(): void {
    const critical = this._open.some((a) => a.critical);
    if (critical && !this._stopTone) this._stopTone = startAlarmTone();
    if (!critical) this._silence();
    if (this._open.length) beginInterruption(INTERRUPTION);
    else endInterruption(INTERRUPTION);
  }

  private _silence(): void {
    this._stopTone?.();
    this._stopTone = null;
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    overlayStyles,
    css`
      :host {
        z-index: 210;
      }
      .scrim {
        background: rgba(0, 0, 0, 0.7);
      }
      .scrim.critical {
        background: rgba(120, 0, 0, 0.9);
        animation: pulse 1.2s ease-in-out infinite alternate;
      }
      @keyframes pulse {
        to {
          background: rgba(60, 0, 0, 0.95);
        }
      }
      .panel {
        top: 120px;
        right: 200px;
        bottom: 120px;
        left: 200px;
        padding: 56px 72px;
        gap: 28px;
      }
      :host-context([data-no-flex-gap]) .panel > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 28px;
      }
      .panel.critical {
        border: 10px solid #ff4d4d;
      }
      .panel.visitor {
        top: 80px;
        right: 360px;
        bottom: 80px;
        left: 360px;
      }
      .visitor-picture {
        flex: 1;
        min-height: 0;
        width: auto;
        align-self: flex-start;
      }
      h2 {
        margin: 0;
        font-size: ${scaled(80)};
        color: #ff6b6b;
      }
      .visitor h2 {
        color: var(--hearth-accent, #e8a33d);
      }
      .place {
        margin: 0;
        font-size: ${scaled(48)};
        font-weight: 700;
      }
      .advice {
        margin: 0;
        font-size: ${scaled(40)};
        line-height: 1.5;
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
    'hearth-home-alarm-overlay': HearthHomeAlarmOverlay;
  }
}
