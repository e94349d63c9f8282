/**
 * The catalogue: themes down the left (moving onto one shows its services),
 * the services as cards on the right, and above them a search by pinyin
 * initials ("ylbx" finds 养老保险…), "my applications" and "drafts". Services
 * the portal had to leave out are named under the buttons, with why.
 *
 * @fires services-open - { id } a service was chosen
 * @fires services-search - { query } the search text changed
 * @fires services-applications - the household wants its applications
 * @fires services-drafts - the household wants its drafts
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { SkippedService } from '../../data/services/catalog.js';
import type { Catalog, Service } from '../../data/services/catalog-types.js';
import { pickText, type Locale } from '../../data/services/localized.js';
import { focusable, zone } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { rowStyles } from './row-styles.js';
import '../../ui/keyboard/hearth-keyboard.js';
import { emit, type HearthEvent } from '../../ui/hearth-events.js';

@customElement('hearth-services-catalogue')
export class HearthServicesCatalogue extends LitElement {
  @property({ attribute: false }) catalog: Catalog | null = null;
  @property() locale: Locale = 'zh-CN';
  /** Search text; the results are `found` (null: not searching). */
  @property() query = '';
  @property({ attribute: false }) found: readonly Service[] | null = null;
  @property({ type: Number }) drafts = 0;
  /** Services left out of the catalogue (catalog.ts), named in a notice. */
  @property({ attribute: false }) skipped: readonly SkippedService[] = [];

  @state() private _category = '';
  @state() private _searching = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  override render() {
    const catalog = this.catalog;
    if (!catalog) return nothing;
    const category = this._category || catalog.categories[0]?.id || '';
    const shown = this._searching
      ? (this.found ?? [])
      : catalog.services.filter((service) => service.category === category);
    return html`
      <div class="top" ${zone({ id: 'services.top' })}>
        <button
          class="button focusable"
          data-action="search"
          aria-pressed=${String(this._searching)}
          ${focusable({ key: 'search' })}
          @click=${() => (this._searching = !this._searching)}
        >
          ${
            this._searching
              ? msg('关闭搜索', { id: 'services.search.close' })
              : msg('搜索服务（拼音首字母）', { id: 'services.search.open' })
          }
        </button>
        <button
          class="button focusable"
          data-action="applications"
          ${focusable({ key: 'applications' })}
          @click=${() => emit(this, 'services-applications')}
        >
          ${msg('我的申请', { id: 'services.applications' })}
        </button>
        <button
          class="button focusable"
          data-action="drafts"
          ${focusable({ key: 'drafts' })}
          @click=${() => emit(this, 'services-drafts')}
        >
          ${msg(str`草稿箱（${this.drafts}）`, { id: 'services.drafts' })}
        </button>
      </div>
      ${this._renderSkipped()}
      <div class="body">
        ${this._searching ? this._renderSearch() : this._renderCategories(catalog, category)}
        <div
          class="cards"
          ${zone({
            id: 'services.cards',
            scroll: true,
            // Themes and services sit side by side whatever their heights.
            next: { Left: this._searching ? 'services.search.keys' : 'services.categories' },
          })}
        >
          ${
            shown.length === 0 && this._searching
              ? html`<p class="empty">
                  ${
                    this.query
                      ? msg('没有找到相符的服务', { id: 'services.search.none' })
                      : msg('输入服务名称的拼音首字母，例如 ylbx', { id: 'services.search.hint' })
                  }
                </p>`
              : shown.map((service) => this._renderCard(service))
          }
          ${this._searching ? nothing : this._renderHiddenHere(category)}
        </div>
      </div>
    `;
  }

  /** A theme whose services were all (or partly) left out does not look empty for no reason. */
  private _renderHiddenHere(category: string) {
    const count = this.skipped.filter((skip) => skip.category === category).length;
    if (count === 0) return nothing;
    return html`<p class="hidden-here" data-hidden-count=${count}>
      ${msg(str`${count} 项服务暂时无法显示`, { id: 'services.skipped.inTheme' })}
    </p>`;
  }

  private _renderSkipped() {
    if (this.skipped.length === 0) return nothing;
    const names = (reasons: (reason: SkippedService['reason']) => boolean) =>
      this.skipped
        .filter((skip) => reasons(skip.reason))
        .map((skip) => pickText(skip.title, this.locale, skip.id ?? `#${skip.index + 1}`))
        .join(this.locale === 'en' ? ', ' : '、');
    const unsafe = names((reason) => reason === 'unsafe-schema');
    const invalid = names((reason) => reason !== 'unsafe-schema');
    return html`<div class="skipped" role="status">
      ${
        unsafe
          ? html`<p data-skipped="unsafe">
              ${msg(
                str`暂时无法办理：${unsafe}。这些服务的表单含有可能让电视卡住的校验规则，已停用，请联系运营商`,
                { id: 'services.skipped.unsafe' },
              )}
            </p>`
          : nothing
      }
      ${
        invalid
          ? html`<p data-skipped="invalid">
              ${msg(str`暂时无法办理：${invalid}。这些服务的资料有误，请联系运营商`, {
                id: 'services.skipped.invalid',
              })}
            </p>`
          : nothing
      }
    </div>`;
  }

  private _renderCategories(catalog: Catalog, current: string) {
    return html`<div
      class="categories"
      role="tablist"
      aria-orientation="vertical"
      ${zone({ id: 'services.categories', scroll: true, next: { Right: 'services.cards' } })}
    >
      ${catalog.categories.map(
        (category) =>
          html`<button
            class="category focusable"
            role="tab"
            aria-selected=${String(category.id === current)}
            data-category=${category.id}
            ${focusable({ key: category.id, autofocus: category.id === current })}
            @focus=${() => (this._category = category.id)}
          >
            ${pickText(category.title, this.locale, category.id)}
          </button>`,
      )}
    </div>`;
  }

  private _renderSearch() {
    return html`<div class="search">
      <hearth-keyboard
        layout="latin"
        keyboard-id="services.search"
        label=${msg('拼音首字母或名称', { id: 'services.search.label' })}
        .value=${this.query}
        @hearth-input=${(event: HearthEvent<'hearth-input'>) =>
          emit(this, 'services-search', { query: event.detail.value })}
      ></hearth-keyboard>
    </div>`;
  }

  private _renderCard(service: Service) {
    return html`<button
      class="card focusable"
      data-service=${service.id}
      ${focusable({ key: service.id })}
      @click=${() => emit(this, 'services-open', { id: service.id })}
    >
      <span class="title">${pickText(service.title, this.locale, service.id)}</span>
      <span class="summary">${pickText(service.summary, this.locale)}</span>
      ${
        service.processingDays === undefined
          ? nothing
          : html`<span class="days"
              >${msg(str`${service.processingDays} 个工作日内办结`, { id: 'services.days' })}</span
            >`
      }
    </button>`;
  }

  private _onKey = (event: CustomEvent<{ key: string }>) => {
    // Back closes the search before it leaves the catalogue.
    if (event.detail.key === 'Back' && this._searching) {
      event.preventDefault();
      this._searching = false;
    }
  };

  static override styles = [
    focusStyles,
    buttonStyles,
    rowStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 24px;
      }
      .top {
        display: flex;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .top > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 24px;
      }
      .body {
        display: flex;
        flex: 1;
        min-height: 0;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .body > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 32px;
      }
      .categories {
        display: flex;
        flex-direction: column;
        width: 300px;
        flex: none;
        overflow-y: auto;
        padding: 10px;
        scroll-padding: 20px;
        gap: 8px;
      }
      :host-context([data-no-flex-gap]) .categories > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 8px;
      }
      .category {
        padding: 8px 24px;
        border: 3px solid var(--hearth-border, transparent);
        border-radius: 16px;
        background: var(--hearth-surface, #1f252c);
        color: var(--hearth-fg, #fff);
        font: inherit;
        font-size: ${scaled(32)};
        text-align: left;
      }
      .category[aria-selected='true'] {
        border-color: var(--hearth-accent, #e8a33d);
      }
      .category:focus {
        background: var(--hearth-accent, #e8a33d);
        color: var(--hearth-on-accent, #111);
      }
      .search {
        flex: none;
      }
      .skipped {
        flex: none;
        padding: 12px 24px;
        border-left: 6px solid var(--hearth-warning, #ffb4a8);
        background: var(--hearth-surface, #1f252c);
        border-radius: 12px;
        font-size: ${scaled(28)};
      }
      .skipped p {
        margin: 0;
      }
      .skipped p + p {
        margin-top: 8px;
      }
      .cards {
        flex: 1;
        min-width: 0;
        display: grid;
        /* stylelint-disable-next-line plugin/no-unsupported-browser-features -- minmax() is grid (Chromium 57), not the min()/max() functions the rule mistakes it for */
        grid-template-columns: repeat(auto-fill, minmax(440px, 1fr));
        align-content: start;
        /* Chromium 57–65 know grid gaps only by this name. */
        grid-gap: 20px;
        gap: 20px;
        overflow-y: auto;
        padding: 12px;
        scroll-padding: 24px;
      }
      .card {
        display: flex;
        flex-direction: column;
        padding: 24px 28px;
        border-radius: 20px;
        gap: 10px;
      }
      :host-context([data-no-flex-gap]) .card > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 10px;
      }
      .title {
        font-size: ${scaled(34)};
        font-weight: 600;
      }
      .hidden-here {
        margin: 8px 0 0;
        font-size: ${scaled(26)};
        opacity: 0.85;
      }
      .summary {
        font-size: ${scaled(26)};
        opacity: 0.85;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .days {
        font-size: ${scaled(24)};
        opacity: 0.7;
      }
      .empty {
        font-size: ${scaled(30)};
        opacity: 0.8;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-services-catalogue': HearthServicesCatalogue;
  }
}
