/**
 * Sets the household PIN (twice, so a slip is caught) or changes it (the old
 * one first). Used by the areas behind the PIN when none is set yet, and by
 * Settings.
 *
 * @fires hearth-pin-set - the new PIN is stored (and the lock is open)
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { PinLock } from '../../data/household-pin/pin-lock.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import type { HearthPinPad } from './pin-pad.js';
import { refusalWords } from './pin-words.js';
import './pin-pad.js';
import { emit, type HearthEvent } from '../hearth-events.js';

type Step = 'old' | 'new' | 'again';

@customElement('hearth-pin-setup')
export class HearthPinSetup extends LitElement {
  /** `change` asks for the current PIN first. */
  @property() mode: 'create' | 'change' = 'create';
  /** The household PIN (given by the area: ui knows no data store). */
  @property({ attribute: false }) lock!: PinLock;

  @state() private _step: Step | null = null;
  @state() private _message = '';
  @state() private _busy = false;
  private _first = '';
  @query('hearth-pin-pad') private _pad!: HearthPinPad | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const step = this._step ?? (this.mode === 'change' ? 'old' : 'new');
    const prompts: Record<Step, string> = {
      old: msg('请输入现在的家庭密码', { id: 'pin.setup.old' }),
      new: msg(str`请设置 ${this.lock.length} 位数字的家庭密码`, { id: 'pin.setup.new' }),
      again: msg('请再输入一次新密码', { id: 'pin.setup.again' }),
    };
    return html`<hearth-pin-pad
      pad-id="pin.setup"
      length=${this.lock.length}
      prompt=${prompts[step]}
      message=${this._message}
      ?disabled=${this._busy}
      @hearth-pin=${(event: HearthEvent<'hearth-pin'>) => void this._entered(step, event.detail.pin)}
    ></hearth-pin-pad>`;
  }

  private async _entered(step: Step, pin: string): Promise<void> {
    this._busy = true;
    try {
      if (step === 'old') {
        const result = await this.lock.check(pin);
        this._say(refusalWords(result));
        if (result.ok) this._step = 'new';
      } else if (step === 'new') {
        this._first = pin;
        this._say('');
        this._step = 'again';
      } else if (pin !== this._first) {
        this._first = '';
        this._step = 'new';
        this._say(msg('两次输入的密码不一样，请重新设置', { id: 'pin.setup.mismatch' }));
      } else {
        await this.lock.setPin(pin);
        this._first = '';
        speechBridge().announce(msg('家庭密码已设置', { id: 'pin.setup.done' }), 'polite');
        emit(this, 'hearth-pin-set');
      }
    } finally {
      this._busy = false;
      this._pad?.clear();
    }
  }

  private _say(message: string): void {
    this._message = message;
    if (message) speechBridge().announce(message, 'assertive');
  }

  static override styles = css`
    :host {
      display: block;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-pin-setup': HearthPinSetup;
  }
}

declare global {
  interface HearthEvents {
    /** A new household PIN was typed twice and kept. */
    'hearth-pin-set': null;
  }
}
