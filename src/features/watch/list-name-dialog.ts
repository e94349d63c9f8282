/**
 * <hearth-list-name>: the name of a favourite list, typed on the on-screen
 * pinyin keyboard over live TV (新建收藏列表, 重命名). 完成 keeps it; Back leaves
 * and changes nothing. An empty name is not taken: the dialog says so.
 *
 * @property value - the name to start from ('' for a new list)
 * @fires list-named - { name }: 完成 with a name
 * @fires hearth-dialog-close - Back (from hearth-dialog)
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import '../../ui/hearth-dialog.js';
import '../../ui/keyboard/hearth-keyboard.js';
import { scaled } from '../../ui/focus-styles.js';
import { MAX_NAME_LENGTH } from './my-channels.js';
import { emit, type HearthEvent } from '../../ui/hearth-events.js';

@customElement('hearth-list-name')
export class HearthListName extends LitElement {
  @property() value = '';
  @state() private _problem = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<hearth-dialog
      layer-id="watch.listName"
      heading=${msg('收藏列表的名字', { id: 'watch.listName.heading' })}
    >
      <hearth-keyboard
        layout="pinyin"
        keyboard-id="watch.listName"
        label=${msg('名字（最多 10 个字），输完按“完成”', { id: 'watch.listName.label' })}
        maxlength=${MAX_NAME_LENGTH}
        .value=${this.value}
        @hearth-input=${(event: HearthEvent<'hearth-input'>) => {
          this.value = event.detail.value;
          this._problem = '';
        }}
        @hearth-done=${this._done}
      ></hearth-keyboard>
      <p class="problem" role="alert">${this._problem}</p>
    </hearth-dialog>`;
  }

  private _done = (event: HearthEvent<'hearth-done'>) => {
    const name = event.detail.value.trim();
    if (!name) {
      this._problem = msg('请先输入名字。', { id: 'watch.listName.empty' });
      return;
    }
    emit(this, 'list-named', { name });
  };

  static override styles = css`
    .problem {
      margin: 0;
      min-height: 1.4em;
      font-size: ${scaled(30)};
      color: var(--hearth-warning, #ffb4a8);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-list-name': HearthListName;
  }
}

declare global {
  interface HearthEvents {
    /** The name typed for a new or renamed favourite list. */
    'list-named': { name: string };
  }
}
