/**
 * Lit element directives that register DOM with the focus engine:
 *   <button ${focusable({ key: 'settings' })}>…</button>
 *   <div ${zone({ id: 'home.tiles' })}>…</div>
 * They register on render and unregister when the part is disconnected, so
 * focus memory outlives the elements (it is keyed by zone id and item key).
 */
import {
  AsyncDirective,
  directive,
  PartType,
  type ElementPart,
  type PartInfo,
} from 'lit/async-directive.js';
import { nothing } from 'lit';
import type { ItemOptions, ZoneOptions } from './focus-tree.js';
import { focusEngine } from './focus-singleton.js';

class FocusableDirective extends AsyncDirective {
  private _el: HTMLElement | null = null;
  private _options: ItemOptions = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('focusable() is an element directive');
  }

  render(_options: ItemOptions = {}): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [options = {}]: [ItemOptions?]): typeof nothing {
    this._el = part.element as HTMLElement;
    this._options = options;
    if (this.isConnected) focusEngine().registerItem(this._el, options);
    return nothing;
  }

  protected override disconnected(): void {
    if (this._el) focusEngine().unregisterItem(this._el);
  }

  protected override reconnected(): void {
    if (this._el) focusEngine().registerItem(this._el, this._options);
  }
}

class ZoneDirective extends AsyncDirective {
  private _el: HTMLElement | null = null;
  private _options: ZoneOptions | null = null;
  private _onScroll = () => focusEngine().invalidate();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('zone() is an element directive');
  }

  render(_options: ZoneOptions): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [options]: [ZoneOptions]): typeof nothing {
    const el = part.element as HTMLElement;
    if (this._el !== el) {
      this._el?.removeEventListener('scroll', this._onScroll);
      el.addEventListener('scroll', this._onScroll, { passive: true });
    }
    this._el = el;
    this._options = options;
    if (this.isConnected) focusEngine().registerZone(el, options);
    return nothing;
  }

  protected override disconnected(): void {
    if (this._el) focusEngine().unregisterZone(this._el);
  }

  protected override reconnected(): void {
    if (this._el && this._options) focusEngine().registerZone(this._el, this._options);
  }
}

export const focusable = directive(FocusableDirective);
export const zone = directive(ZoneDirective);
