/**
 * Government services (电视办): the catalogue, a service, its form step by
 * step, the review, and "my applications" with receipts and statuses. The
 * screens inside this area stack (ui/screen-stack.ts): Back returns one level
 * here before the router leaves the area. Everything typed is kept as a draft (form-session.ts).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import { declarePersonalUrls } from '../../app/service-worker-client.js';
import { personalUrlsOf } from '../../data/services/personal-urls.js';
import type { HearthConfig } from '../../config/types.js';
import type { Catalog, Service } from '../../data/services/catalog-types.js';
import type { Prefills } from '../../data/services/form-field.js';
import {
  findService,
  loadCatalog,
  type CatalogResult,
  type SkippedService,
} from '../../data/services/catalog.js';
import { listDrafts, deleteDraft, type DraftSummary } from '../../data/services/drafts.js';
import { handOffUrl } from '../../data/services/hand-off.js';
import { pickText, type Locale } from '../../data/services/localized.js';
import {
  buildSearchIndex,
  searchServices,
  type SearchIndex,
} from '../../data/services/service-search.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { getLocale } from '../../i18n/localization.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { ApplicationsController } from './applications-controller.js';
import { FormController } from './form-controller.js';
import './applications-view.js';
import './catalogue-view.js';
import './drafts-view.js';
import './service-detail.js';
import type { HearthEvent } from '../../ui/hearth-events.js';
import { ScreenStack } from '../../ui/screen-stack.js';

type View =
  | { kind: 'catalogue' }
  | { kind: 'service'; serviceId: string }
  | { kind: 'form'; serviceId: string }
  | { kind: 'review'; serviceId: string }
  | { kind: 'applications' }
  | { kind: 'drafts' };

@customElement('hearth-services')
export class HearthServices extends LitElement {
  @consume({ context: configContext })
  config!: HearthConfig;

  /**
   * Another catalogue in the same contract (社区's repairs and services at
   * home); by default the operator's 电视办 catalogue.
   */
  @property({ attribute: 'catalog-url' }) catalogUrl = '';
  /** What forms may fill in by themselves (x-prefill), e.g. the household's address. */
  @property({ attribute: false }) prefill: Prefills = {};

  @state() private _catalog: Catalog | null = null;
  @state() private _loadProblem = '';
  @state() private _skipped: readonly SkippedService[] = [];
  @state() private _query = '';
  @state() private _found: Service[] | null = null;
  @state() private _drafts: DraftSummary[] = [];
  @state() private _handOff = false;
  private _index: SearchIndex | null = null;
  private readonly _applications = new ApplicationsController(this);
  private readonly _form = new FormController(this);
  private readonly _views = new ScreenStack<View>(this, [{ kind: 'catalogue' }], {
    // Leaving a form writes its draft first, and the drafts count follows.
    beforePop: async (leaving) => {
      if (leaving.kind !== 'form') return;
      await this._form.close();
      this._drafts = await this._ownDrafts();
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  private get _locale(): Locale {
    return getLocale() === 'en' ? 'en' : 'zh-CN';
  }

  private get _view(): View {
    return this._views.top ?? { kind: 'catalogue' };
  }

  /** `fresh` on 再试一次: the copy kept for offline may be the broken one. */
  private async _load({ fresh = false } = {}): Promise<void> {
    const url = this.catalogUrl || this.config.sources.services?.catalogUrl;
    if (!url) return;
    this._loadProblem = '';
    let result: CatalogResult;
    try {
      result = await loadCatalog(url, { fresh });
    } catch (error) {
      // loadCatalog reports its failures; this is for what nobody foresaw.
      console.error('[hearth:services] catalogue not loaded:', error);
      result = { ok: false, problems: [{ pointer: '', code: 'unexpected', params: {} }] };
    }
    if (!result.ok) {
      const problem = result.problems[0];
      console.warn('[hearth:services] catalogue not loaded:', problem?.code, problem?.pointer);
      this._loadProblem = loadProblemWords(problem?.code ?? 'invalid');
      return;
    }
    this._catalog = result.catalog;
    declarePersonalUrls(personalUrlsOf(result.catalog));
    this._skipped = result.skipped;
    this._index = buildSearchIndex(result.catalog);
    this._drafts = await this._ownDrafts();
    this._applications.start(result.catalog);
  }

  /** Drafts of this catalogue's services only (社区 and 电视办 share the store). */
  private async _ownDrafts(): Promise<DraftSummary[]> {
    const ids = new Set((this._catalog?.services ?? []).map((s) => s.id));
    return (await listDrafts()).filter((draft) => ids.has(draft.serviceId));
  }

  private _titles(): Map<string, string> {
    return new Map(
      (this._catalog?.services ?? []).map((s) => [s.id, pickText(s.title, this._locale, s.id)]),
    );
  }

  private _push(view: View): void {
    this._views.push(view);
  }

  override render() {
    if (this._loadProblem) return this._renderProblem();
    if (!this._catalog) {
      return html`<p
        class="loading"
        tabindex="-1"
        ${focusable({ key: 'loading', autofocus: true })}
      >
        ${msg('正在载入服务目录…', { id: 'services.load.busy' })}
      </p>`;
    }
    const view = this._view;
    const service = 'serviceId' in view ? findService(this._catalog, view.serviceId) : undefined;
    switch (view.kind) {
      case 'catalogue':
        return html`<hearth-services-catalogue
          .catalog=${this._catalog}
          locale=${this._locale}
          .query=${this._query}
          .found=${this._found}
          .skipped=${this._skipped}
          drafts=${this._drafts.length}
          @services-search=${(event: HearthEvent<'services-search'>) => this._search(event.detail.query)}
          @services-open=${(event: HearthEvent<'services-open'>) =>
            this._push({ kind: 'service', serviceId: event.detail.id })}
          @services-applications=${() => this._push({ kind: 'applications' })}
          @services-drafts=${() => this._push({ kind: 'drafts' })}
        ></hearth-services-catalogue>`;
      case 'service':
        return service ? this._renderService(service) : nothing;
      case 'form':
      case 'review':
        return this._form.render(view.kind);
      case 'applications':
        return this._applications.render(this._titles(), this.config.timeZone);
      case 'drafts':
        return html`<hearth-service-drafts
          .drafts=${this._drafts}
          .titles=${this._titles()}
          timeZone=${this.config.timeZone}
          @draft-resume=${(event: HearthEvent<'draft-resume'>) =>
            void this.openForm(event.detail.serviceId)}
          @draft-discard=${async (event: HearthEvent<'draft-discard'>) => {
            await deleteDraft(event.detail.serviceId);
            this._drafts = await this._ownDrafts();
          }}
        ></hearth-service-drafts>`;
    }
  }

  private _renderService(service: Service) {
    const mobileUrl = this.config.sources.services?.mobileUrl;
    return html`<hearth-service-detail
        .service=${service}
        locale=${this._locale}
        ?has-draft=${this._drafts.some((d) => d.serviceId === service.id)}
        ?can-hand-off=${Boolean(mobileUrl)}
        @services-apply=${() => void this.openForm(service.id)}
        @services-handoff=${async () => {
          await import('./hand-off-dialog.js');
          this._handOff = true;
        }}
      ></hearth-service-detail>
      ${
        this._handOff && mobileUrl
          ? html`<hearth-hand-off-dialog
              url=${handOffUrl(mobileUrl, service.id)}
              service-title=${pickText(service.title, this._locale)}
              @hearth-dialog-close=${() => (this._handOff = false)}
            ></hearth-hand-off-dialog>`
          : nothing
      }`;
  }

  private _renderProblem() {
    return html`<div class="problem" role="alert">
      <p>${this._loadProblem}</p>
      <div ${zone({ id: 'services.problem' })}>
        <button
          class="button focusable"
          data-action="retry"
          ${focusable({ key: 'retry', autofocus: true })}
          @click=${() => void this._load({ fresh: true })}
        >
          ${msg('再试一次', { id: 'services.retry' })}
        </button>
      </div>
    </div>`;
  }

  /** Opens a service's form (its draft when there is one) on top of the stack. */
  async openForm(serviceId: string): Promise<void> {
    const service = this._catalog && findService(this._catalog, serviceId);
    if (!service) return;
    await this._form.open(service, this._locale, this.prefill);
    this._push({ kind: 'form', serviceId });
  }

  /** The form asks for the review page. */
  showReview(serviceId: string): void {
    this._push({ kind: 'review', serviceId });
  }

  /** Sent or queued: the stack becomes catalogue → my applications, with the receipt on top. */
  async showSent(applicationId: string): Promise<void> {
    await this._form.close();
    this._drafts = await this._ownDrafts();
    await this._applications.reload(applicationId);
    this._views.replace([{ kind: 'catalogue' }, { kind: 'applications' }]);
  }

  private _search(query: string): void {
    this._query = query;
    this._found = this._index && query ? searchServices(this._index, query) : [];
    if (query) {
      speechBridge().announce(
        msg(str`找到 ${this._found.length} 项服务`, { id: 'services.search.count' }),
        'polite',
      );
    }
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      .loading,
      .problem {
        font-size: ${scaled(32)};
        outline: none;
      }
    `,
  ];
}

/** Why the catalogue could not be shown, in words for the household. */
function loadProblemWords(code: string): string {
  switch (code) {
    case 'network':
    case 'http':
      return msg('暂时连不上政务服务平台，请检查网络后再试', { id: 'services.load.network' });
    case 'too-large':
    case 'too-deep':
    case 'too-many-values':
      return msg('服务目录过大或层次过深，电视无法安全载入，请联系运营商', {
        id: 'services.load.tooBig',
      });
    case 'engine':
    case 'unexpected':
      return msg('服务目录没有载入成功，请再试一次', { id: 'services.load.failed' });
    default:
      return msg('服务目录的格式有误，请联系运营商', { id: 'services.load.invalid' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-services': HearthServices;
  }
}
