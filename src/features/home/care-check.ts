/**
 * <hearth-care-check>: the daytime check on an elderly resident. When neither
 * the home's motion and door sensors nor the remote have shown a sign of life
 * for the configured hours, the TV asks "您还好吗？" over whatever is on, with a
 * tone and aloud. "我很好" (OK) ends it; no answer within the configured
 * minutes calls the family through the SOS service, and the screen says so.
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { CareCheck, HearthConfig } from '../../config/types.js';
import { lastSignOfLife, withinDay } from '../../data/home/signs-of-life.js';
import { beginInterruption, endInterruption } from '../../data/interruptions.js';
import { focusable, zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { playWarningTone } from '../../ui/warning-tone.js';
import { callForHelp, type HelpResult } from './call-for-help.js';
import { householdHomeService } from '../../data/home/household-home.js';
import { overlayStyles } from '../../ui/overlay-styles.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const INTERRUPTION = 'care-check';

@customElement('hearth-care-check')
export class HearthCareCheck extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) config!: HearthConfig;
  @state() private _asking = false;
  @state() private _escalation: HelpResult | null = null;
  /** The last key pressed on the remote: someone is there. */
  private _lastKey = Date.now();
  private _askedAt = 0;
  private _escalating = false;
  private _timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private get _care(): CareCheck | undefined {
    return this.config.sources.home?.care;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const care = this._care;
    if (!care) return;
    document.documentElement.addEventListener('hearth-key', this._onKey);
    // Often enough to ask within a few percent of the limit, rarely enough to cost nothing.
    const every = Math.max(500, Math.min(15_000, (care.inactivityHours * HOUR_MS) / 20));
    this._timer = setInterval(() => void this._check(), every);
  }

  override disconnectedCallback(): void {
    document.documentElement.removeEventListener('hearth-key', this._onKey);
    clearInterval(this._timer);
    endInterruption(INTERRUPTION);
    super.disconnectedCallback();
  }

  override render() {
    const care = this._care;
    if (!this._asking || !care) return nothing;
    const minutes = String(care.answerMinutes);
    return html`<div class="scrim"></div>
      <section
        class="panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="care-title"
        aria-describedby="care-detail"
        ${zone({ id: 'home.care', layer: true, trap: true, memory: false })}
      >
        <h2 id="care-title">${msg('您还好吗？', { id: 'home.care.title' })}</h2>
        <p id="care-detail">
          ${
            this._escalation === 'sent'
              ? msg('一直没有回应，已经通知家人。', { id: 'home.care.escalated' })
              : this._escalation
                ? msg('一直没有回应，但没能通知家人。请按确定键，或直接打电话给家人。', {
                    id: 'home.care.escalationFailed',
                  })
                : msg(
                    str`家里好一阵子没有动静了。请按确定键告诉我们您没事；${minutes} 分钟内没有回应会通知家人。`,
                    {
                      id: 'home.care.detail',
                    },
                  )
          }
        </p>
        <button
          class="button focusable"
          data-action="fine"
          ${focusable({ key: 'fine', autofocus: true })}
          @click=${this._fine}
        >
          ${msg('我很好', { id: 'home.care.fine' })}
        </button>
      </section>`;
  }

  private _onKey = (event: HearthKeyEvent) => {
    // While asking, only the answer counts: a cat on the remote is not an answer.
    if (!this._asking || event.detail.key === 'Ok') this._lastKey = Date.now();
  };

  private _fine = () => {
    this._lastKey = Date.now();
    this._asking = false;
    this._escalation = null;
    endInterruption(INTERRUPTION);
    speechBridge().announce(msg('好的，祝您愉快。', { id: 'home.care.thanks' }));
  };

  private async _check(): Promise<void> {
    const care = this._care;
    const home = this.services.get(householdHomeService);
    if (!care || !home) return;
    const now = Date.now();
    if (this._asking) {
      const due = now - this._askedAt >= care.answerMinutes * MINUTE_MS;
      if (due && !this._escalating && this._escalation === null) {
        this._escalating = true;
        this._escalation = await callForHelp(this.services);
        this._escalating = false;
        await this.updateComplete;
        const said = this.renderRoot.querySelector('#care-detail')?.textContent ?? '';
        speechBridge().announce(said.trim(), 'assertive');
      }
      return;
    }
    // Without a live hub the TV cannot tell a quiet home from a broken sensor: do not ask.
    if (home.snapshot.status !== 'live') return;
    if (!withinDay(now, this.config.timeZone, care.dayStart, care.dayEnd)) return;
    const latest = Math.max(this._lastKey, lastSignOfLife(home.snapshot) ?? 0);
    if (now - latest < care.inactivityHours * HOUR_MS) return;
    this._asking = true;
    this._askedAt = now;
    beginInterruption(INTERRUPTION);
    playWarningTone();
    speechBridge().announce(msg('您还好吗？请按确定键。', { id: 'home.care.spoken' }), 'assertive');
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    overlayStyles,
    css`
      :host {
        z-index: 205;
      }
      .scrim {
        background: rgba(0, 0, 0, 0.8);
      }
      .panel {
        top: 200px;
        right: 300px;
        bottom: 200px;
        left: 300px;
        padding: 56px 72px;
        border: 8px solid var(--hearth-accent, #e8a33d);
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .panel > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 32px;
      }
      h2 {
        margin: 0;
        font-size: ${scaled(80)};
      }
      p {
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
    'hearth-care-check': HearthCareCheck;
  }
}
