/**
 * <hearth-config-error>: the full-screen page shown instead of the portal when
 * config.json can't be used. It must work when nothing else did, so it depends
 * on neither the app shell nor the focus engine: it sizes itself to the
 * viewport on the 1920×1080 design grid, focuses its own button and handles
 * the few keys it needs with its own window listener.
 *
 * Keys: Up/Down scroll the list of problems (whatever has focus, since without
 * the focus engine a D-pad can't move focus); OK/Enter retries.
 *
 * @event hearth-config-retry - Cancelable; fired on Retry. Unless cancelled,
 *   the page reloads.
 * @csspart list - The scrolling list of problems.
 * @csspart retry - The Retry button.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { emitWith } from '../ui/hearth-events.js';
import { issuePathText, issueText } from './issue-text.js';
import type { ConfigResult } from './load-config.js';
import { redactUrl } from './redact.js';
import type { ConfigIssue } from './types.js';

export type FailedConfigResult = Extract<ConfigResult, { ok: false }>;

/** Design pixels scrolled per Up/Down press. */
const SCROLL_STEP = 200;
const DESIGN_WIDTH = 1920;

@customElement('hearth-config-error')
export class HearthConfigError extends LitElement {
  @property({ attribute: false }) result?: FailedConfigResult;

  @query('.list') private _list?: HTMLElement;
  @query('button') private _button?: HTMLButtonElement;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this._onKeyDown);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this._onKeyDown);
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    // `autofocus` is not honoured inside shadow roots by older engines.
    this._button?.focus();
  }

  override render() {
    const errors = this.result?.errors ?? [];
    const warnings = this.result?.warnings ?? [];
    const url = this.result ? redactUrl(this.result.url) : '';
    return html`
      <main class="page">
        <h1 id="title">${msg('配置文件有误', { id: 'config.screen.title' })}</h1>
        <p class="url">${msg('配置文件：', { id: 'config.screen.url' })}<code>${url}</code></p>
        <div
          class="list"
          part="list"
          tabindex="0"
          role="region"
          aria-label=${msg('问题列表', { id: 'config.screen.listLabel' })}
        >
          <h2 class="errors-title">
            ${msg(str`错误（${errors.length}）`, { id: 'config.screen.errors' })}
          </h2>
          ${this._renderIssues(errors, 'error')}
          ${
            warnings.length > 0
              ? html`<h2 class="warnings-title">
                    ${msg(str`警告（${warnings.length}）：这些字段无法识别，已被忽略`, {
                      id: 'config.screen.warnings',
                    })}
                  </h2>
                  ${this._renderIssues(warnings, 'warning')}`
              : nothing
          }
        </div>
        <p id="hint" class="hint">
          ${msg('请在 config.json 中修改以上字段，然后按“确定”键重试。', {
            id: 'config.screen.hint',
          })}
        </p>
        <button part="retry" autofocus aria-describedby="title hint" @click=${this._retry}>
          ${msg('重试', { id: 'config.screen.retry' })}
        </button>
      </main>
    `;
  }

  private _renderIssues(issues: readonly ConfigIssue[], kind: 'error' | 'warning') {
    return html`<ul class="issues ${kind}">
      ${issues.map(
        (issue) =>
          html`<li>
            <code class="path">${issuePathText(issue.path)}</code>
            <span class="message">${issueText(issue)}</span>
          </li>`,
      )}
    </ul>`;
  }

  private _onKeyDown = (event: KeyboardEvent): void => {
    // keyCode too: 2018–2020 TV engines don't all set `key` for remote keys.
    const key = event.key || '';
    const code = event.keyCode;
    if (key === 'ArrowDown' || key === 'Down' || code === 40) this._scroll(1, event);
    else if (key === 'ArrowUp' || key === 'Up' || code === 38) this._scroll(-1, event);
    else if (key === 'Enter' || code === 13) {
      // Also stops the button's own Enter activation, so Retry runs once.
      event.preventDefault();
      this._retry();
    }
  };

  private _scroll(direction: 1 | -1, event: KeyboardEvent): void {
    if (!this._list) return;
    event.preventDefault();
    // scrollBy() arrived in Chromium 61; scrollTop works on every TV engine.
    this._list.scrollTop += direction * SCROLL_STEP * (window.innerWidth / DESIGN_WIDTH);
  }

  private _retry = (): void => {
    const proceed = emitWith(this, 'hearth-config-retry', {
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (proceed) window.location.reload();
  };

  static override styles = css`
    :host {
      /* One design pixel on the 1920×1080 grid, whatever the viewport. No
         min()/clamp(): Chromium 56 lacks them. */
      --_px: calc(100vw / 1920);
      --_scale: var(--hearth-font-scale, 1);
      --_accent: var(--hearth-accent, #e8a33d);
      --_fg: var(--hearth-fg, #f5efe6);
      --_bg: var(--hearth-bg, #16120e);
      position: fixed;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
      z-index: 2147483647;
      display: block;
      background: var(--_bg);
      color: var(--_fg);
      font-family:
        'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
      font-size: calc(36 * var(--_px) * var(--_scale));
      line-height: 1.4;
    }

    .page {
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      height: 100%;
      /* Title-safe area: 5 % of 1920×1080. */
      padding: calc(54 * var(--_px)) calc(96 * var(--_px));
    }

    h1 {
      margin: 0 0 calc(16 * var(--_px));
      font-size: calc(64 * var(--_px) * var(--_scale));
      line-height: 1.2;
      color: var(--_accent);
    }

    h2 {
      margin: calc(24 * var(--_px)) 0 calc(8 * var(--_px));
      font-size: calc(40 * var(--_px) * var(--_scale));
    }

    .url {
      margin: 0 0 calc(24 * var(--_px));
      word-break: break-all;
    }

    code {
      font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', Menlo, Consolas, monospace;
    }

    .list {
      flex: 1 1 auto;
      min-height: 0;
      overflow-y: auto;
      padding: 0 calc(24 * var(--_px));
      border: calc(4 * var(--_px)) solid rgba(255, 255, 255, 0.2);
      border-radius: calc(16 * var(--_px));
      outline: none;
    }

    .list:focus {
      border-color: var(--_accent);
    }

    .issues {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .issues li {
      margin: 0 0 calc(16 * var(--_px));
    }

    .path {
      display: inline-block;
      margin-right: calc(24 * var(--_px));
      padding: 0 calc(12 * var(--_px));
      border-radius: calc(8 * var(--_px));
      background: rgba(255, 255, 255, 0.12);
      color: var(--_accent);
    }

    .warning .path {
      color: inherit;
    }

    .hint {
      margin: calc(24 * var(--_px)) 0;
    }

    button {
      align-self: flex-start;
      min-width: calc(320 * var(--_px));
      padding: calc(16 * var(--_px)) calc(48 * var(--_px));
      border: 0;
      border-radius: calc(16 * var(--_px));
      background: var(--_fg);
      color: var(--_bg);
      font: inherit;
      font-size: calc(44 * var(--_px) * var(--_scale));
      font-weight: bold;
      cursor: pointer;
    }

    /* :focus, not :focus-visible: TV engines from before 2022 lack the latter. */
    button:focus {
      outline: calc(8 * var(--_px)) solid var(--_accent);
      outline-offset: calc(6 * var(--_px));
      background: var(--_accent);
    }
  `;
}

declare global {
  interface HearthEvents {
    /** 重试: cancelable; unless a listener cancels it, the page reloads. */
    'hearth-config-retry': null;
  }
  interface HTMLElementTagNameMap {
    'hearth-config-error': HearthConfigError;
  }
}
