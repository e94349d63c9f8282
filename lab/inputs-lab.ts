/**
 * Inputs lab: each shared input widget alone on a 1920×1080 stage, chosen by
 * `?w=` (pinyin, latin, id, code, digits, date, region, choice), driven
 * through the real KeyInput and desktop key table. Every `hearth-input` and
 * `hearth-done` is written to #log (the last one) for tests to read.
 */
import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { focusEngine } from '../src/focus/focus-singleton.js';
import { KeyInput } from '../src/focus/key-input.js';
import { toLogicalKey } from '../src/focus/key-tables.js';
import { connectPointer } from '../src/focus/pointer-input.js';
import '../src/ui/choice-list.js';
import '../src/ui/date-picker.js';
import '../src/ui/keyboard/hearth-keyboard.js';
import '../src/ui/region-picker.js';
import { fakeRegionSource } from './inputs-lab-regions.js';

const WIDGETS: Record<string, () => TemplateResult> = {
  pinyin: () =>
    html`<hearth-keyboard layout="pinyin" label="姓名" placeholder="用拼音输入"></hearth-keyboard>`,
  latin: () => html`<hearth-keyboard layout="latin" label="电子邮箱"></hearth-keyboard>`,
  id: () => html`<hearth-keyboard layout="id" label="身份证号" maxlength="18"></hearth-keyboard>`,
  code: () =>
    html`<hearth-keyboard layout="code" label="统一社会信用代码" maxlength="18"></hearth-keyboard>`,
  digits: () =>
    html`<hearth-keyboard layout="digits" label="手机号" maxlength="11"></hearth-keyboard>`,
  date: () =>
    html`<hearth-date-picker
      label="出生日期"
      min="1900-01-01"
      max="2025-12-31"
      start="1950-01-01"
    ></hearth-date-picker>`,
  region: () =>
    html`<hearth-region-picker
      label="户籍所在地"
      .source=${fakeRegionSource}
    ></hearth-region-picker>`,
  choice: () => html`
    <hearth-choice-list
      label="办理方式"
      list-id="single"
      value="online"
      .options=${[
        { value: 'online', label: '网上办理' },
        { value: 'post', label: '邮寄办理', disabled: true },
        { value: 'counter', label: '窗口办理' },
      ]}
    ></hearth-choice-list>
    <hearth-choice-list
      label="需要的帮助"
      list-id="multi"
      multiple
      .options=${[
        { value: 'large', label: '大字版材料' },
        { value: 'home', label: '上门服务' },
        { value: 'sign', label: '手语翻译' },
      ]}
    ></hearth-choice-list>
  `,
};

@customElement('inputs-lab')
export class InputsLab extends LitElement {
  @state() private _log = '';
  private readonly _widget = new URLSearchParams(location.search).get('w') ?? 'pinyin';

  override connectedCallback(): void {
    super.connectedCallback();
    const engine = focusEngine();
    engine.scope = `inputs-${this._widget}`;
    new KeyInput({
      engine,
      toLogicalKey: (e) => toLogicalKey(e, 'desktop'),
      onBack: () => (this._log = 'back'),
    }).connect();
    connectPointer(engine);
    void this.updateComplete.then(() =>
      requestAnimationFrame(() =>
        engine.focusInitial(this.renderRoot.querySelector('main') ?? undefined),
      ),
    );
  }

  override render() {
    const widget = WIDGETS[this._widget] ?? WIDGETS.pinyin;
    return html`
      <main @hearth-input=${this._record} @hearth-done=${this._record}>${widget?.()}</main>
      <pre id="log">${this._log}</pre>
    `;
  }

  private _record = (event: Event) => {
    this._log = `${event.type} ${JSON.stringify((event as CustomEvent).detail)}`;
  };

  static override styles = css`
    :host {
      display: block;
      padding: 60px 80px;
    }
    main {
      display: flex;
      gap: 80px;
      align-items: flex-start;
    }
    #log {
      position: fixed;
      left: 80px;
      bottom: 24px;
      margin: 0;
      font-size: 24px;
      color: #9aa4ae;
    }
  `;
}

document.body.append(document.createElement('inputs-lab'));
