/**
 * An on-screen keyboard for the remote that edits one string. The arrows move
 * between keys on a fixed grid and OK types; the remote's number keys type
 * digits straight in (in pinyin they pick the n-th candidate); a physical or
 * phone keyboard types into it too while any of its keys has focus (letters,
 * Space, Backspace). Back is left to the page, except that a keyboard's
 * Backspace deletes while there is something to delete.
 *
 * Layouts: `digits` (0–9), `id` (0–9 and X, for ID numbers), `code` (0–9 and the
 * letters of GB 32100 credit codes), `latin` (a–z, digits, @ . - _ space, shift)
 * and `pinyin` (letters build a syllable buffer; the candidate bar offers
 * characters, most used first; 中/英 switches to letters and back).
 *
 * @property layout - 'digits' | 'id' | 'code' | 'latin' | 'pinyin' (reflected)
 * @property value - the text being edited
 * @property label - the field's name, shown above the text and read aloud
 * @property placeholder - shown while the value is empty
 * @property maxlength - most characters accepted (0: no limit)
 * @property masked - show • for each character (PINs)
 * @property keyboardId - zone id prefix (focus memory and tests), attribute `keyboard-id`
 * @fires hearth-input - { value } on every change the household makes
 * @fires hearth-done - { value } when the household presses 完成
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { focusStyles } from '../focus-styles.js';
import { renderCandidateBar } from './candidate-bar.js';
import { KeyboardFocusController } from './keyboard-focus.js';
import { renderKey } from './keyboard-key.js';
import { keyboardStyles } from './keyboard-styles.js';
import { visuallyHiddenStyles } from '../visually-hidden-styles.js';
import {
  acceptChar,
  hasRoom,
  layoutGrid,
  type KeyboardLayout,
  type KeySpec,
} from './keyboard-layouts.js';
import { PinyinComposer } from './pinyin-composer.js';
import { loadPinyinDictionary } from './pinyin-table-loader.js';
import { actionForHearthKey, actionForKeydown, type TypingAction } from './typing-keys.js';
import { styleProperties } from '../style-properties.js';
import { emit } from '../hearth-events.js';

@customElement('hearth-keyboard')
export class HearthKeyboard extends LitElement {
  @property({ reflect: true }) layout: KeyboardLayout = 'latin';
  @property() value = '';
  @property() label = '';
  @property() placeholder = '';
  @property({ type: Number }) maxlength = 0;
  @property({ type: Boolean }) masked = false;
  @property({ attribute: 'keyboard-id' }) keyboardId = 'keyboard';

  @state() private _shift = false;
  /** The pinyin keyboard switched to letters. */
  @state() private _english = false;
  /** Bumped when the composer changes (it is not reactive itself). */
  @state() private _revision = 0;
  private readonly _composer = new PinyinComposer();
  private readonly _focus = new KeyboardFocusController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
    this.addEventListener('keydown', this._onTyped);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('layout')) return;
    this._composer.clear();
    this._english = false;
    this._shift = false;
    if (this.layout === 'pinyin') {
      void loadPinyinDictionary().then((dictionary) => {
        this._composer.dictionary = dictionary;
        this._revision++;
      });
    }
  }

  override render() {
    const grid = layoutGrid(this.layout, { shift: this._shift, english: this._english });
    const shown = this.masked ? '•'.repeat([...this.value].length) : this.value;
    const empty = !this.value && !this._composer.buffer;
    return html`
      <div class="field">
        <span class="label" id="label">${this.label}</span>
        <div class="display" role="textbox" aria-readonly="true" aria-labelledby="label">
          ${
            empty && this.placeholder
              ? html`<span class="placeholder">${this.placeholder}</span>`
              : html`<span class="value">${shown}</span
                  ><span class="buffer">${this._composer.buffer}</span
                  ><span class="caret" aria-hidden="true"></span>`
          }
        </div>
      </div>
      ${
        this._pinyinActive
          ? renderCandidateBar({
              composer: this._composer,
              zoneId: `${this.keyboardId}.candidates`,
              onPick: (i) => this._pick(i),
              onKey: this._onBarKey,
            })
          : nothing
      }
      <div
        class="keys"
        role="group"
        aria-label=${this.label || msg('键盘', { id: 'inputs.keyboard' })}
        style=${styleProperties({ 'grid-template-columns': `repeat(${grid.columns}, var(--key-w))` })}
        ${zone({ id: `${this.keyboardId}.keys` })}
      >
        ${grid.rows.flatMap((row, r) =>
          row.map((spec) =>
            renderKey(spec, r + 1, {
              shift: this._shift,
              english: this._english,
              disabled: spec.kind === 'more' && this._composer.pageCount <= 1,
              onPress: () => this._press(spec),
            }),
          ),
        )}
      </div>
    `;
  }

  private get _pinyinActive(): boolean {
    return this.layout === 'pinyin' && !this._english;
  }

  private _press(spec: KeySpec): void {
    switch (spec.kind) {
      case 'char':
        if (this._pinyinActive && /^[a-z]$/.test(spec.text)) this._typeLetter(spec.text);
        else this._insert(spec.text);
        if (this._shift) this._shift = false;
        return;
      case 'delete':
        this._deleteOne();
        return;
      case 'done':
        this._composer.clear();
        this._revision++;
        this._fire('hearth-done');
        return;
      case 'shift':
        this._shift = !this._shift;
        return;
      case 'space':
        if (this._pinyinActive && this._composer.buffer) this._pick(0);
        else this._insert(' ');
        return;
      case 'lang':
        this._english = !this._english;
        this._composer.clear();
        // The keys are redrawn in place: follow the 中/英 key to where it now is.
        void this.updateComplete.then(() => this._focus.focusKey('lang'));
        return;
      case 'more':
        this._composer.cyclePage();
        this._revision++;
        return;
    }
  }

  private _typeLetter(letter: string): void {
    if (this._composer.type(letter)) this._revision++;
  }

  /** A character from the remote's number keys or a physical keyboard. */
  private _typeChar(typed: string): void {
    const char = acceptChar(
      this._pinyinActive ? 'pinyin' : this._english ? 'latin' : this.layout,
      typed,
    );
    if (char) this._insert(char);
  }

  private _insert(text: string): void {
    if (!hasRoom(this.value, this.maxlength)) return;
    this.value += text;
    this._fire('hearth-input');
  }

  /** Removes from the pinyin buffer first, then from the value. False if both were empty. */
  private _deleteOne(): boolean {
    if (this._composer.backspace()) {
      this._revision++;
      return true;
    }
    if (!this.value) return false;
    this.value = [...this.value].slice(0, -1).join('');
    this._fire('hearth-input');
    return true;
  }

  private _pick(indexOnPage: number): void {
    if (!hasRoom(this.value, this.maxlength)) return;
    const char = this._composer.pick(indexOnPage);
    if (!char) return;
    this._revision++;
    this._insert(char);
    if (this._focus.inBar && this._composer.pageCandidates.length) this._focus.focusCandidate(0);
  }

  private _fire(type: 'hearth-input' | 'hearth-done'): void {
    emit(this, type, { value: this.value });
  }

  private _onKey = (event: HearthKeyEvent) => {
    const action = actionForHearthKey(event.detail);
    // An empty field lets a keyboard's Backspace go on as Back, to the page.
    if (action && this._apply(action)) event.preventDefault();
  };

  /** Characters that are no remote key (letters, Space, punctuation) arrive untouched. */
  private _onTyped = (event: KeyboardEvent) => {
    const action = actionForKeydown(event);
    // Printable keys are always ours: that also keeps Space from clicking the focused key.
    if (action && (this._apply(action) || action.kind === 'printable')) event.preventDefault();
  };

  /** Carries out a typed key; false when it did nothing (delete with nothing to delete). */
  private _apply(action: TypingAction): boolean {
    const pinyinBuffer = this._pinyinActive && this._composer.buffer !== '';
    switch (action.kind) {
      case 'delete':
        return this._deleteOne();
      case 'digit':
        if (!pinyinBuffer) this._typeChar(action.digit);
        else if (action.digit !== '0') this._pick(Number(action.digit) - 1);
        return true;
      case 'printable':
        if (this._pinyinActive && /^[a-zA-Z]$/.test(action.text)) this._typeLetter(action.text);
        else if (pinyinBuffer && action.text === ' ') this._pick(0);
        else this._typeChar(action.text);
        return true;
    }
  }

  /** Left/Right past the ends of the candidate bar turn its page. */
  private _onBarKey = (event: HearthKeyEvent) => {
    const index = Number((event.composedPath()[0] as HTMLElement).dataset.index ?? -1);
    const last = this._composer.pageCandidates.length - 1;
    if (event.detail.key === 'Right' && index === last && this._composer.nextPage()) {
      event.preventDefault();
      this._revision++;
      this._focus.focusCandidate(0);
    } else if (event.detail.key === 'Left' && index === 0 && this._composer.previousPage()) {
      event.preventDefault();
      this._revision++;
      this._focus.focusCandidate(this._composer.pageSize - 1);
    }
  };

  static override styles = [focusStyles, keyboardStyles, visuallyHiddenStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-keyboard': HearthKeyboard;
  }
}
