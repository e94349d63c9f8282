/**
 * <hearth-programme-search>: 搜索节目 over live TV, from the channel list. The
 * household types the pinyin initials of a title (or letters of it) on the
 * on-screen keyboard; the programmes found are listed beside it, on now and
 * to come first, then those that can be replayed. OK on one hands it to live
 * TV, which tunes, offers a reminder, or replays it. Back closes the search.
 *
 * @property find - the search (WatchController.findProgrammes)
 * @fires programme-chosen - { index, programme }: OK on a programme found
 * @fires hearth-dialog-close - Back: the household gave up
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import '../../ui/keyboard/hearth-keyboard.js';
import { overlayStyles } from '../../ui/overlay-styles.js';
import type { FoundProgramme } from './programme-finder.js';
import { emit, type HearthEvent } from '../../ui/hearth-events.js';

type Results = { kind: 'idle' } | { kind: 'found'; found: FoundProgramme[] } | { kind: 'failed' };

@customElement('hearth-programme-search')
export class HearthProgrammeSearch extends LitElement {
  @property({ attribute: false }) find: (query: string) => Promise<FoundProgramme[]> = () =>
    Promise.resolve([]);

  @state() private _query = '';
  @state() private _results: Results = { kind: 'idle' };
  /** Only the answer to the latest query is shown: an earlier one may come back later. */
  private _asked = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  override render() {
    const results = this._results;
    const found = results.kind === 'found' ? results.found : [];
    return html`
      <div class="scrim"></div>
      <section
        class="panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="heading"
        ${zone({ id: 'watch.search', layer: true, trap: true, memory: false })}
      >
        <h2 id="heading">${msg('搜索节目', { id: 'watch.search' })}</h2>
        <div class="body">
          <div class="keys">
            <hearth-keyboard
              layout="latin"
              keyboard-id="watch.search"
              label=${msg('节目名称的拼音首字母，或名称里的字母', { id: 'watch.search.label' })}
              .value=${this._query}
              @hearth-input=${(event: HearthEvent<'hearth-input'>) =>
                void this._search(event.detail.value)}
            ></hearth-keyboard>
          </div>
          <div class="found">
            <p class="status" role="status">${this._status(results)}</p>
            ${
              found.length > 0
                ? html`<ul ${zone({ id: 'watch.search.results', scroll: true })}>
                    ${found.map((item) => this._renderItem(item))}
                  </ul>`
                : nothing
            }
          </div>
        </div>
      </section>
    `;
  }

  private _renderItem(item: FoundProgramme) {
    const key = `${item.programme.channelId}@${item.programme.start}`;
    return html`<li>
      <button
        class="button focusable result"
        data-programme=${key}
        ${focusable({ key })}
        aria-label=${`${item.what} · ${item.where}`}
        @click=${() => this._choose(item)}
      >
        <span class="what">${item.what}</span><span class="where">${item.where}</span>
      </button>
    </li>`;
  }

  private _status(results: Results): string {
    if (results.kind === 'failed') {
      return msg('节目单暂时无法搜索，请稍后再试。', { id: 'watch.search.failed' });
    }
    if (results.kind === 'idle') {
      return msg('例如：新闻联播输入 xwlb。找到的节目列在右边，按确定观看、设提醒或回看。', {
        id: 'watch.search.hint',
      });
    }
    const count = results.found.length;
    return count === 0
      ? msg('没有找到这样的节目', { id: 'watch.search.none' })
      : msg(str`找到 ${count} 个节目`, { id: 'watch.search.count' });
  }

  private async _search(query: string): Promise<void> {
    this._query = query;
    const asked = ++this._asked;
    if (query.trim() === '') {
      this._results = { kind: 'idle' };
      return;
    }
    let results: Results;
    try {
      results = { kind: 'found', found: await this.find(query) };
    } catch (error) {
      console.warn('[hearth:watch] programme search', error);
      results = { kind: 'failed' };
    }
    if (asked !== this._asked) return;
    this._results = results;
    speechBridge().announce(this._status(results));
  }

  private _choose(item: FoundProgramme): void {
    emit(this, 'programme-chosen', { index: item.index, programme: item.programme });
  }

  private _onKey = (event: HearthKeyEvent) => {
    if (event.detail.key !== 'Back') return;
    event.preventDefault();
    emit(this, 'hearth-dialog-close');
  };

  static override styles = [
    overlayStyles,
    focusStyles,
    buttonStyles,
    css`
      :host {
        z-index: 100;
      }
      .panel {
        top: 60px;
        right: 80px;
        bottom: 60px;
        left: 80px;
        padding: 40px 56px;
        border: 3px solid var(--hearth-accent, #e8a33d);
      }
      h2 {
        flex: none;
        margin: 0 0 24px;
        font-size: ${scaled(44)};
      }
      /* The keyboard at its own width; what was found beside it, a card per programme. */
      .body {
        flex: 1;
        min-height: 0;
        display: flex;
      }
      .keys {
        flex: none;
        margin-right: 40px;
      }
      .found {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
      }
      .status {
        flex: none;
        margin: 0 0 16px;
        font-size: ${scaled(30)};
        line-height: 1.5;
        color: var(--hearth-muted, #bbb);
      }
      ul {
        flex: 1;
        min-height: 0;
        overflow: hidden;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li + li {
        margin-top: 12px;
      }
      .result {
        display: block;
        width: 100%;
        padding: 12px 28px;
        border-radius: 20px;
        text-align: left;
        font-size: ${scaled(30)};
      }
      .result span {
        display: block;
      }
      .where {
        font-size: ${scaled(26)};
        opacity: 0.85;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-programme-search': HearthProgrammeSearch;
  }
}

declare global {
  interface HearthEvents {
    /** A programme found: its channel's index and the programme, to tune, remind or replay. */
    'programme-chosen': { index: number; programme: FoundProgramme['programme'] };
  }
}
