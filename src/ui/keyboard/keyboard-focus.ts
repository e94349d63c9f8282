/**
 * Keeps focus on the keyboard while its renders move things under it: the
 * last candidate picked (the bar empties), 更多 disabled (one page left), the
 * keys redrawn for 中/英. Focus goes back to the last key the household was
 * on, or the usable key nearest it; focus the household moved elsewhere is
 * left alone.
 */
import type { LitElement, ReactiveController } from 'lit';
import { deepActiveElement } from '../../focus/dom-focus.js';
import { focusEngine } from '../../focus/focus-singleton.js';

export class KeyboardFocusController implements ReactiveController {
  /** data-key of the last key that had focus. */
  lastKey = '';
  /** Focus is on a candidate of the bar. */
  inBar = false;
  /** Focus is (or was, until a render took its element away) inside the keyboard. */
  private _inside = false;

  constructor(private readonly _host: LitElement) {
    _host.addController(this);
  }

  // Listened to inside the shadow root: moves between its own keys never reach the host.
  hostConnected(): void {
    this._host.renderRoot.addEventListener('focusin', this._onFocusIn as EventListener);
    this._host.renderRoot.addEventListener('focusout', this._onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    this._host.renderRoot.removeEventListener('focusin', this._onFocusIn as EventListener);
    this._host.renderRoot.removeEventListener('focusout', this._onFocusOut as EventListener);
  }

  hostUpdated(): void {
    const active = deepActiveElement();
    const lost = this._inside && (!active || active === document.body || active === this._host);
    if (lost || (active instanceof HTMLButtonElement && active.disabled))
      this.focusKey(this.lastKey);
  }

  /** Focus a key, or the usable key nearest it (looking back first). */
  focusKey(key: string): void {
    const keys = [...this._host.renderRoot.querySelectorAll<HTMLButtonElement>('.key')];
    const at = Math.max(
      0,
      keys.findIndex((k) => k.dataset.key === key),
    );
    for (let d = 0; d < keys.length; d++) {
      const near = [keys[at - d], keys[at + d]].find((k) => k && !k.disabled);
      if (near) {
        focusEngine().focus(near);
        return;
      }
    }
  }

  /** Focus the n-th candidate once the bar has rendered (the last one if fewer). */
  focusCandidate(index: number): void {
    void this._host.updateComplete.then(() => {
      const buttons = this._host.renderRoot.querySelectorAll<HTMLElement>('.candidate');
      const target = buttons[Math.min(index, buttons.length - 1)];
      if (target) focusEngine().focus(target);
    });
  }

  private _onFocusIn = (event: FocusEvent) => {
    const el = event.composedPath()[0] as HTMLElement;
    this._inside = true;
    this.inBar = el.classList.contains('candidate');
    if (el.classList.contains('key')) this.lastKey = el.dataset.key ?? '';
  };

  private _onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to && !this._host.renderRoot.contains(to)) this._inside = false;
  };
}
