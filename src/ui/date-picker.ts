/**
 * A date for the remote as three dials side by side: year, month, day.
 * Up/Down turn the focused dial (held, it keeps turning; CH+/CH− move the year
 * by ten), Left/Right go between dials, and number keys type the part
 * ('1949' then the month moves on by itself), and OK says the date is done
 * (Down cannot leave a dial for a button below it: Down turns the dial).
 * The day always fits its month,
 * leap years included, and the date stays within min…max. Dials suit a remote
 * better than a month grid: a birth year is four key presses away.
 *
 * @property value - 'YYYY-MM-DD', or '' for no date yet
 * @property min - earliest date, 'YYYY-MM-DD' (default 1900-01-01)
 * @property max - latest date, 'YYYY-MM-DD' (default 2100-12-31)
 * @property start - where the dials start when value is '' (default today)
 * @property label - the field's name, shown above and read aloud
 * @property pickerId - zone id (focus memory and tests), attribute `picker-id`
 * @fires hearth-input - { value } whenever the household changes the date
 * @fires hearth-done - { value } when the household presses OK on a dial
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusable, zone } from '../focus/directives.js';
import { focusEngine } from '../focus/focus-singleton.js';
import type { HearthKeyEvent } from '../focus/key-input.js';
import {
  clampToRange,
  daysInMonth,
  formatDate,
  parseDate,
  stepDate,
  typeDigit,
  type CalendarDate,
  type DatePart,
} from './date-picker-math.js';
import { focusStyles, scaled } from './focus-styles.js';
import { labelledControlStyles } from './labelled-control-styles.js';
import { emit } from './hearth-events.js';

const PARTS: readonly DatePart[] = ['year', 'month', 'day'];
const FALLBACK_MIN: CalendarDate = { year: 1900, month: 1, day: 1 };
const FALLBACK_MAX: CalendarDate = { year: 2100, month: 12, day: 31 };

@customElement('hearth-date-picker')
export class HearthDatePicker extends LitElement {
  @property() value = '';
  @property() min = '';
  @property() max = '';
  @property() start = '';
  @property() label = '';
  @property({ attribute: 'picker-id' }) pickerId = 'date';

  /** Digits typed into the focused dial that do not make a whole part yet. */
  @state() private _typed = '';
  @state() private _typingPart: DatePart | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const date = parseDate(this.value);
    return html`
      <span class="label" id="label">${this.label}</span>
      <div class="dials" role="group" aria-labelledby="label" ${zone({ id: this.pickerId })}>
        ${PARTS.map((part) => this._renderDial(part, date))}
      </div>
      <span class="hint"
        >${msg('按数字键直接输入，如 20250315；上下键调整，确定键完成', {
          id: 'inputs.date.hint',
        })}</span
      >
    `;
  }

  private _renderDial(part: DatePart, date: CalendarDate | null) {
    const [low, high] = this._bounds(part, date);
    const current = date?.[part];
    const typing = this._typingPart === part && this._typed;
    const width = part === 'year' ? 4 : 2;
    const text = typing
      ? this._typed.padEnd(width, '_')
      : current === undefined
        ? '-'.repeat(width)
        : String(current).padStart(width, '0');
    return html`<div class="dial-column">
      <span class="unit" aria-hidden="true">${this._partName(part)}</span>
      <span class="arrow" aria-hidden="true">▲</span>
      <div
        class="dial focusable"
        role="spinbutton"
        data-part=${part}
        aria-label=${this._partName(part)}
        aria-valuemin=${low}
        aria-valuemax=${high}
        aria-valuenow=${current ?? ''}
        aria-valuetext=${current === undefined ? '' : String(current)}
        ${focusable({ key: part })}
        @hearth-key=${(e: HearthKeyEvent) => this._onKey(e, part)}
        @focus=${() => this._stopTyping()}
      >
        ${text}
      </div>
      <span class="arrow" aria-hidden="true">▼</span>
    </div>`;
  }

  private _partName(part: DatePart): string {
    if (part === 'year') return msg('年', { id: 'inputs.date.year' });
    if (part === 'month') return msg('月', { id: 'inputs.date.month' });
    return msg('日', { id: 'inputs.date.day' });
  }

  private get _min(): CalendarDate {
    return parseDate(this.min) ?? FALLBACK_MIN;
  }

  private get _max(): CalendarDate {
    return parseDate(this.max) ?? FALLBACK_MAX;
  }

  private _bounds(part: DatePart, date: CalendarDate | null): [number, number] {
    if (part === 'year') return [this._min.year, this._max.year];
    if (part === 'month') return [1, 12];
    return [1, date ? daysInMonth(date.year, date.month) : 31];
  }

  /** The date the dials show, or where they start when there is none yet. */
  private _current(): CalendarDate {
    const now = new Date();
    const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    const date = parseDate(this.value) ?? parseDate(this.start) ?? today;
    return clampToRange(date, this._min, this._max);
  }

  private _onKey(event: HearthKeyEvent, part: DatePart): void {
    const { key } = event.detail;
    const step =
      key === 'Up'
        ? 1
        : key === 'Down'
          ? -1
          : key === 'ChannelUp'
            ? 10
            : key === 'ChannelDown'
              ? -10
              : 0;
    if (step && (Math.abs(step) === 1 || part === 'year')) {
      event.preventDefault();
      this._stopTyping();
      this._set(stepDate(this._current(), part, step, this._min, this._max));
      return;
    }
    if (key === 'Ok') {
      event.preventDefault();
      this._stopTyping();
      emit(this, 'hearth-done', { value: this.value });
      return;
    }
    const digit = /^Digit(\d)$/.exec(key)?.[1];
    if (digit === undefined) return;
    event.preventDefault();
    this._type(part, digit);
  }

  private _type(part: DatePart, digit: string): void {
    const date = this._current();
    const maxValue =
      part === 'month' ? 12 : part === 'day' ? daysInMonth(date.year, date.month) : 9999;
    const typed = typeDigit(this._typingPart === part ? this._typed : '', digit, part, maxValue);
    this._typingPart = part;
    this._typed = typed.typed;
    if (typed.value !== null) {
      this._set(clampToRange({ ...date, [part]: typed.value }, this._min, this._max));
    }
    if (typed.complete && part !== 'day') this._focusPart(part === 'year' ? 'month' : 'day');
  }

  private _stopTyping(): void {
    this._typed = '';
    this._typingPart = null;
  }

  private _set(date: CalendarDate): void {
    const value = formatDate(date);
    if (value === this.value) return;
    this.value = value;
    emit(this, 'hearth-input', { value });
  }

  private _focusPart(part: DatePart): void {
    void this.updateComplete.then(() => {
      const dial = this.renderRoot.querySelector<HTMLElement>(`[data-part="${part}"]`);
      if (dial) focusEngine().focus(dial);
    });
  }

  static override styles = [
    focusStyles,
    labelledControlStyles,
    css`
      .hint {
        font-size: ${scaled(26)};
        opacity: 0.85;
        text-align: center;
      }
      .dials {
        display: flex;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .dials > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 32px;
      }
      .dial-column {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 6px;
      }
      :host-context([data-no-flex-gap]) .dial-column > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 6px;
      }
      .unit {
        font-size: ${scaled(30)};
      }
      .arrow {
        font-size: ${scaled(28)};
        color: var(--hearth-muted, #9aa4ae);
        /* Shown on the dial Up/Down would turn, so the household sees which one. */
        visibility: hidden;
      }
      .dial-column:focus-within .arrow {
        visibility: visible;
      }
      .dial {
        min-width: 150px;
        padding: 12px 28px;
        box-sizing: border-box;
        border-radius: 16px;
        border: 3px solid var(--hearth-border, transparent);
        background: var(--hearth-surface, #1f252c);
        font-size: ${scaled(64)};
        font-variant-numeric: tabular-nums;
        text-align: center;
      }
      .dial[data-part='year'] {
        min-width: 220px;
      }
      .dial:focus {
        background: var(--hearth-accent, #e8a33d);
        color: var(--hearth-on-accent, #111);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-date-picker': HearthDatePicker;
  }
}
