/**
 * Rooms, as My Home draws them: a scrolling list of rooms, each a zone of tiles
 * in a grid, each room skipped by the browser while out of sight
 * (`content-visibility: auto`) and weighed by its own box (`box: 'element'`).
 * Opened as focus-lab.html#rooms.
 */
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { focusable, zone } from '../src/focus/directives.js';
import { focusEngine } from '../src/focus/focus-singleton.js';
import { KeyInput } from '../src/focus/key-input.js';
import { toLogicalKey } from '../src/focus/key-tables.js';
import { focusStyles } from '../src/ui/focus-styles.js';
import { labButtonStyles } from './lab-button-styles.js';

export const ROOMS = 20;
export const TILES_PER_ROOM = 12;

@customElement('lab-rooms')
export class LabRooms extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    const engine = focusEngine();
    new KeyInput({
      engine,
      toLogicalKey: (e) => toLogicalKey(e, 'desktop'),
      onBack: () => {},
    }).connect();
    void this.updateComplete.then(() => engine.focusInitial());
  }

  override render() {
    const rooms = Array.from({ length: ROOMS }, (_, r) => r + 1);
    const tiles = Array.from({ length: TILES_PER_ROOM }, (_, t) => t + 1);
    return html`<div class="scroller" ${zone({ id: 'rooms', scroll: true })}>
      ${rooms.map(
        (r) =>
          html`<section class="room" ${zone({ id: `room-${r}`, memory: false, box: 'element' })}>
            <h2>Room ${r}</h2>
            <div class="tiles">
              ${tiles.map(
                (t) =>
                  html`<button
                    class="focusable"
                    data-key="room${r}-${t}"
                    ${focusable({ key: `room${r}-${t}` })}
                  >
                    ${r}.${t}
                  </button>`,
              )}
            </div>
          </section>`,
      )}
    </div>`;
  }

  static override styles = [
    focusStyles,
    labButtonStyles,
    css`
      .scroller {
        height: 640px;
        overflow-y: auto;
      }
      .room {
        content-visibility: auto;
        contain-intrinsic-size: auto 360px;
      }
      .tiles {
        display: grid;
        grid-template-columns: repeat(4, 160px);
        gap: 16px;
      }
      button {
        height: 80px;
      }
    `,
  ];
}
