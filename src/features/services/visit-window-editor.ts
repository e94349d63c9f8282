/**
 * Choosing when someone may come to the home (上门时间): the day on the date
 * dials (digits typed straight in, as for any date; from today up to the
 * furthest day allowed, tomorrow shown first), then OK, then 上午, 下午 or
 * 晚上. The value is the visit window as an ISO interval (formats/visit-window.ts).
 *
 * @fires hearth-input - { value } once a part of the day is picked
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import {
  VISIT_DAYS_AHEAD,
  VISIT_PERIODS,
  parseVisitWindow,
  visitWindow,
  type VisitPeriod,
} from '../../data/services/formats/visit-window.js';
import { periodLabel } from './visit-period-words.js';
import { focusEngine } from '../../focus/focus-singleton.js';
import '../../ui/choice-list.js';
import '../../ui/date-picker.js';
import { emit, type HearthEvent } from '../../ui/hearth-events.js';

function isoDay(offset: number, from = new Date()): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

@customElement('hearth-visit-window-editor')
export class HearthVisitWindowEditor extends LitElement {
  @property() value = '';
  @property() label = '';
  /** The day on the dials ('' until the household turns one). */
  @state() private _date = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this._date = parseVisitWindow(this.value)?.date ?? this._date;
  }

  override render() {
    const chosen = parseVisitWindow(this.value);
    const periods = Object.keys(VISIT_PERIODS) as VisitPeriod[];
    return html`<hearth-date-picker
        picker-id="services.visit.date"
        label=${this.label}
        min=${isoDay(0)}
        max=${isoDay(VISIT_DAYS_AHEAD)}
        start=${isoDay(1)}
        value=${this._date}
        @hearth-input=${(event: HearthEvent<'hearth-input'>) => {
          event.stopPropagation();
          this._date = event.detail.value;
        }}
        @hearth-done=${(event: Event) => {
          event.stopPropagation();
          this._toPeriods();
        }}
      ></hearth-date-picker>
      <hearth-choice-list
        list-id="services.visit.period"
        label=${msg('哪个时段', { id: 'services.visit.period' })}
        .options=${periods.map((period) => ({ value: period, label: periodLabel(period) }))}
        value=${chosen?.period ?? ''}
        @hearth-input=${(event: HearthEvent<'hearth-input'>) => {
          event.stopPropagation();
          const day = this._date || isoDay(1);
          emit(this, 'hearth-input', {
            value: visitWindow(day, event.detail.value as VisitPeriod),
          });
        }}
      ></hearth-choice-list>`;
  }

  /** OK on the dials: on to the parts of the day. */
  private _toPeriods(): void {
    const list = this.renderRoot.querySelector('hearth-choice-list');
    const first = list?.shadowRoot?.querySelector<HTMLElement>('button');
    if (first) focusEngine().focus(first);
  }

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
    }
    hearth-choice-list {
      margin-top: 24px;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-visit-window-editor': HearthVisitWindowEditor;
  }
}
