/**
 * The top bar's clock, in the operator's time zone and the household's
 * language. It re-renders on the minute, not every second. Its first time is
 * drawn just after the first screen has its focus, not with it: the page's first
 * Intl.DateTimeFormat loads the engine's locale data, a quarter of a second on a
 * TV's CPU that the household would otherwise wait before the remote answers;
 * and it waits for a worker to load that data off the main thread (warm-icu.ts).
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { getLocale } from '../i18n/localization.js';
import { scaled } from '../ui/focus-styles.js';
import { h23Clock } from '../i18n/h23-clock.js';
import { warmIcuOffMainThread } from '../i18n/warm-icu.js';

@customElement('hearth-clock')
export class HearthClock extends LitElement {
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Shanghai';
  @state() private _now = new Date();
  /** False until the first screen is up (see above). */
  @state() private _shown = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._tick();
    // Once a worker has loaded the locale data (warm-icu.ts), and a task after the
    // first screen's focus, which follows the first render in microtasks.
    if (!this._shown) {
      void warmIcuOffMainThread().then(() => setTimeout(() => (this._shown = true), 0));
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this._timer);
    super.disconnectedCallback();
  }

  override render() {
    if (!this._shown) return html`<time></time>`;
    const locale = getLocale();
    const time = new Intl.DateTimeFormat(locale, {
      timeZone: this.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      ...h23Clock(),
    }).format(this._now);
    const date = new Intl.DateTimeFormat(locale, {
      timeZone: this.timeZone,
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }).format(this._now);
    return html`<time datetime=${this._now.toISOString()}
      ><span class="time">${time}</span> <span class="date">${date}</span></time
    >`;
  }

  private _tick(): void {
    this._now = new Date();
    const msToNextMinute = 60_000 - (this._now.getTime() % 60_000) + 50;
    this._timer = setTimeout(() => this._tick(), msToNextMinute);
  }

  static override styles = css`
    :host {
      display: inline-flex;
      align-items: baseline;
      color: var(--hearth-fg, #fff);
    }
    .time {
      font-size: ${scaled(44)};
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .date {
      margin-left: 16px;
      font-size: ${scaled(28)};
      color: var(--hearth-muted, #bbb);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-clock': HearthClock;
  }
}
