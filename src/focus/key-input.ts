/**
 * The one keyboard listener. It normalises every platform's codes to logical
 * keys, offers each key to the focused element and its ancestors as a
 * `hearth-key` event (across shadow roots), and only then applies the default:
 * arrows move focus, OK clicks, Back goes back. Held arrows accelerate, but a
 * repeat is dropped while the previous move has not been painted yet, so focus
 * never runs ahead of the screen.
 */
import { deepActiveElement } from './dom-focus.js';
import type { FocusEngine } from './focus-engine.js';
import { isDirection, type LogicalKey } from './logical-key.js';

export interface HearthKeyDetail {
  key: LogicalKey;
  repeat: boolean;
  /** Set by a listener that wants the browser's own behaviour (typing in a field). */
  native: boolean;
  /** For keyup: how long the key was held, in ms. */
  heldMs: number;
  /** The KeyboardEvent's own `key`: tells a keyboard's Backspace from a remote's Back. */
  sourceKey?: string;
}

export type HearthKeyEvent = CustomEvent<HearthKeyDetail>;

declare global {
  interface HTMLElementEventMap {
    'hearth-key': HearthKeyEvent;
    'hearth-keyup': HearthKeyEvent;
  }
}

export interface KeyInputOptions {
  engine: FocusEngine;
  toLogicalKey: (event: KeyboardEvent) => LogicalKey | null;
  /** Back that nothing on screen took. */
  onBack: () => void;
  /** Any other key nothing on screen took (Home, Menu, colour keys…). */
  onUnhandled?: (key: LogicalKey) => void;
  /** A direction with nothing that way: shown, never silent. */
  onEdge?: (element: HTMLElement | null) => void;
}

/** Minimum gap between accepted repeats, shrinking the longer a key is held. */
export function repeatInterval(heldMs: number): number {
  if (heldMs < 600) return 120;
  if (heldMs < 1500) return 60;
  return 0;
}

export class KeyInput {
  private _downAt = new Map<LogicalKey, number>();
  private _lastAccepted = 0;
  private _awaitingPaint = false;
  private _onKeyDown = (e: KeyboardEvent) => this._handleDown(e);
  private _onKeyUp = (e: KeyboardEvent) => this._handleUp(e);
  /** Presses that reached a handler (for the bench and tests). */
  handled = 0;

  constructor(private readonly _options: KeyInputOptions) {}

  connect(): void {
    window.addEventListener('keydown', this._onKeyDown, true);
    window.addEventListener('keyup', this._onKeyUp, true);
  }

  disconnect(): void {
    window.removeEventListener('keydown', this._onKeyDown, true);
    window.removeEventListener('keyup', this._onKeyUp, true);
  }

  private _handleDown(event: KeyboardEvent): void {
    const key = this._options.toLogicalKey(event);
    if (!key) return;
    const target = this._targetElement(key, true);
    if (isTextEntry(target) && typesIntoField(event)) return;
    const now = performance.now();
    if (!event.repeat || !this._downAt.has(key)) this._downAt.set(key, now);
    if (event.repeat && isDirection(key)) {
      const held = now - (this._downAt.get(key) ?? now);
      if (this._awaitingPaint || now - this._lastAccepted < repeatInterval(held)) {
        event.preventDefault();
        return;
      }
    }
    const detail: HearthKeyDetail = {
      key,
      repeat: event.repeat,
      native: false,
      heldMs: 0,
      sourceKey: event.key,
    };
    const offered = new CustomEvent<HearthKeyDetail>('hearth-key', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail,
    });
    const notCanceled = (target ?? document.body).dispatchEvent(offered);
    this.handled++;
    if (detail.native) return;
    event.preventDefault();
    event.stopPropagation();
    if (!notCanceled) return;
    this._default(key);
  }

  private _handleUp(event: KeyboardEvent): void {
    const key = this._options.toLogicalKey(event);
    if (!key) return;
    const downAt = this._downAt.get(key);
    this._downAt.delete(key);
    const detail: HearthKeyDetail = {
      key,
      repeat: false,
      native: false,
      heldMs: downAt === undefined ? 0 : performance.now() - downAt,
    };
    const target = this._targetElement(key, false) ?? document.body;
    target.dispatchEvent(
      new CustomEvent<HearthKeyDetail>('hearth-keyup', { bubbles: true, composed: true, detail }),
    );
  }

  private _default(key: LogicalKey): void {
    const { engine } = this._options;
    if (isDirection(key)) {
      const before = engine.current;
      const moved = engine.move(key);
      this._lastAccepted = performance.now();
      if (moved) this._waitForPaint();
      else this._options.onEdge?.(before);
      return;
    }
    if (key === 'Ok') {
      engine.current?.click();
      return;
    }
    if (key === 'Back') {
      this._options.onBack();
      return;
    }
    this._options.onUnhandled?.(key);
  }

  private _waitForPaint(): void {
    this._awaitingPaint = true;
    // The callback runs before the frame that shows the move, and a task it queues
    // runs once that frame is drawn. A second requestAnimationFrame would do as well
    // but asks for one more frame on every press, which the screen does not need.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this._awaitingPaint = false;
      }, 0),
    );
  }

  private _targetElement(key: LogicalKey, pressed: boolean): HTMLElement | null {
    const { engine } = this._options;
    const active = deepActiveElement();
    // A field inside the focused item (or the item itself) receives the key first.
    if (active instanceof HTMLElement && active !== document.body) return active;
    // Focus is lost. A direction finds it again in move(), as that press's whole
    // result; a release goes where its press went; any other key (Back right after
    // OK) goes where focus is about to be.
    return isDirection(key) || !pressed ? engine.current : engine.recoverNow();
  }
}

/** True for elements the user types into with a keyboard. */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(
      el.type,
    );
  }
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * Keys that belong to the field while typing: Backspace (Back on many remotes
 * only when nothing is being edited) and Left/Right while the caret can move.
 */
function typesIntoField(event: KeyboardEvent): boolean {
  if (event.key === 'Backspace') return true;
  const field = event.composedPath()[0];
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return false;
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return false;
  const start = field.selectionStart ?? 0;
  const end = field.selectionEnd ?? 0;
  if (start !== end) return true;
  return event.key === 'ArrowLeft' ? start > 0 : end < field.value.length;
}
