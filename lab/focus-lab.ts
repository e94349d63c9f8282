/**
 * Focus lab: two screens ("rails" and "other") switched like routes, so tests
 * can leave a rail at its 7th item, go elsewhere, come back and find the 7th
 * item; a nested shadow-root widget; and a dialog layer that traps focus.
 * Keys come through the real KeyInput and desktop key table. focus-lab.html#rooms
 * opens a scrolling list of rooms instead (lab-rooms.ts).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { focusable, zone } from '../src/focus/directives.js';
import { focusEngine } from '../src/focus/focus-singleton.js';
import { KeyInput } from '../src/focus/key-input.js';
import { toLogicalKey } from '../src/focus/key-tables.js';
import { connectPointer } from '../src/focus/pointer-input.js';
import { focusStyles } from '../src/ui/focus-styles.js';
import { labButtonStyles } from './lab-button-styles.js';
import './lab-rooms.js';

const itemStyles = [
  labButtonStyles,
  css`
    button {
      width: 140px;
      height: 90px;
      margin: 8px;
    }
  `,
];

/** Inner widget: its buttons live two shadow roots deep. */
@customElement('lab-inner')
export class LabInner extends LitElement {
  override render() {
    return html`${['a', 'b', 'c'].map(
      (k) =>
        html`<button class="focusable" data-key="inner-${k}" ${focusable({ key: `inner-${k}` })}>
          inner ${k}
        </button>`,
    )}`;
  }
  static override styles = [focusStyles, itemStyles];
}

@customElement('lab-outer')
export class LabOuter extends LitElement {
  override render() {
    return html`<div ${zone({ id: 'nested' })}><lab-inner></lab-inner></div>`;
  }
}

@customElement('lab-app')
export class LabApp extends LitElement {
  @state() private _screen: 'rails' | 'other' = 'rails';
  @state() private _dialog = false;
  @property({ type: Number }) items = 12;

  override connectedCallback(): void {
    super.connectedCallback();
    const engine = focusEngine();
    engine.scope = this._screen;
    new KeyInput({
      engine,
      toLogicalKey: (e) => toLogicalKey(e, 'desktop'),
      onBack: () => {
        if (this._dialog) this._dialog = false;
        else if (this._screen === 'other') void this._go('rails');
      },
      onEdge: (el) =>
        el?.setAttribute('data-edge-count', String(Number(el.dataset.edgeCount ?? 0) + 1)),
    }).connect();
    connectPointer(engine);
    void this.updateComplete.then(() => engine.focusInitial());
  }

  override render() {
    if (this._screen === 'other') {
      return html`<h1>Other screen</h1>
        <div ${zone({ id: 'other' })}>
          <button class="focusable" data-key="other-1" ${focusable({ key: 'other-1' })}>
            other 1
          </button>
          <button class="focusable" data-key="other-2" ${focusable({ key: 'other-2' })}>
            other 2
          </button>
        </div>`;
    }
    const row = (rail: string) =>
      Array.from({ length: this.items }, (_, i) => {
        const key = `${rail}-${i + 1}`;
        return html`<button
          class="focusable"
          data-key=${key}
          ${focusable({ key })}
          @click=${() => (rail === 'rail1' ? this._go('other') : (this._dialog = true))}
        >
          ${key}
        </button>`;
      });
    return html`
      <h1>Rails</h1>
      <div class="rail" ${zone({ id: 'rail1' })}>${row('rail1')}</div>
      <div class="rail" ${zone({ id: 'rail2' })}>${row('rail2')}</div>
      <lab-outer></lab-outer>
      <div class="mosaic" ${zone({ id: 'mosaic' })}>
        ${['m-a', 'm-b', 'm-tall', 'm-wide'].map(
          (key) =>
            html`<button class="focusable ${key}" data-key=${key} ${focusable({ key })}>
              ${key}
            </button>`,
        )}
      </div>
      ${
        this._dialog
          ? html`<div
              class="dialog"
              role="dialog"
              ${zone({ id: 'dialog', layer: true, trap: true })}
            >
              <button
                class="focusable"
                data-key="dialog-ok"
                ${focusable({ key: 'dialog-ok', autofocus: true })}
                @click=${() => (this._dialog = false)}
              >
                OK
              </button>
              <button
                class="focusable"
                data-key="dialog-cancel"
                ${focusable({ key: 'dialog-cancel' })}
                @click=${() => (this._dialog = false)}
              >
                Cancel
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private async _go(screen: 'rails' | 'other'): Promise<void> {
    const engine = focusEngine();
    this._screen = screen;
    engine.scope = screen;
    await this.updateComplete;
    await new Promise(requestAnimationFrame);
    engine.focusInitial();
  }

  static override styles = [
    focusStyles,
    itemStyles,
    css`
      .rail {
        display: flex;
      }
      /* A My Home-like mosaic: a tile two rows tall beside two, one two columns wide below. */
      .mosaic {
        display: grid;
        grid-template-columns: 156px 156px;
        grid-template-rows: 106px 106px 106px;
      }
      .mosaic button {
        width: auto;
        height: auto;
      }
      .m-a {
        grid-area: 1 / 1;
      }
      .m-b {
        grid-area: 2 / 1;
      }
      .m-tall {
        grid-area: 1 / 2 / 3 / 3;
      }
      .m-wide {
        grid-area: 3 / 1 / 4 / 3;
      }
      .dialog {
        position: fixed;
        left: 600px;
        top: 300px;
        padding: 40px;
        background: #444;
      }
    `,
  ];
}

declare global {
  interface Window {
    /** For tests that look inside the engine. */
    labEngine?: ReturnType<typeof focusEngine>;
  }
}
window.labEngine = focusEngine();
document.body.append(document.createElement(location.hash === '#rooms' ? 'lab-rooms' : 'lab-app'));
