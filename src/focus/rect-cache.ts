/**
 * Cached element geometry for spatial navigation. A key press must not measure
 * every candidate (each getBoundingClientRect can force a layout), so rects are
 * kept in document coordinates and re-measured only after something that can
 * move them: a registration change, a resize seen by ResizeObserver, a scroll,
 * or an explicit invalidate() from a component that moved its content.
 */
import type { Rect } from './geometry.js';

interface Entry {
  epoch: number;
  rect: Rect;
  /** Not disabled, not hidden: worth moving to (read with the rect, cached with it). */
  usable?: boolean;
}

export class RectCache {
  private _epoch = 0;
  private _entries = new WeakMap<Element, Entry>();
  private _observer: ResizeObserver | null = null;
  /** Disabling or hiding an item changes whether it can be reached. */
  private _attributes: MutationObserver | null = null;
  /** Layout reads made through this cache since creation (for tests and the bench). */
  reads = 0;

  constructor() {
    if (typeof ResizeObserver !== 'undefined') {
      this._observer = new ResizeObserver(() => this.invalidate());
    }
    if (typeof MutationObserver !== 'undefined') {
      this._attributes = new MutationObserver((records) => {
        for (const record of records) this._entries.delete(record.target as Element);
      });
    }
  }

  /** Start watching an element's size; its first report also invalidates. */
  observe(el: Element): void {
    this._observer?.observe(el);
    this._attributes?.observe(el, {
      attributes: true,
      attributeFilter: ['disabled', 'aria-disabled', 'hidden'],
    });
  }

  unobserve(el: Element): void {
    this._observer?.unobserve(el);
    this._entries.delete(el);
  }

  /** Everything measured so far is stale. Cheap: nothing is measured until asked. */
  invalidate(): void {
    this._epoch++;
  }

  get(el: Element): Rect {
    const entry = this._entries.get(el);
    if (entry && entry.epoch === this._epoch) return entry.rect;
    const rect = this.measure(el);
    this._entries.set(el, { epoch: this._epoch, rect });
    return rect;
  }

  /** Whether the element can take focus by direction: shown and not disabled. */
  usable(el: Element): boolean {
    const rect = this.get(el);
    const entry = this._entries.get(el);
    if (entry && entry.usable !== undefined) return entry.usable;
    const usable =
      !(rect.right - rect.left <= 0 && rect.bottom - rect.top <= 0) &&
      !el.hasAttribute('disabled') &&
      el.getAttribute('aria-disabled') !== 'true';
    if (entry) entry.usable = usable;
    return usable;
  }

  /** A fresh read, bypassing the cache (used to verify a chosen move). */
  measure(el: Element): Rect {
    this.reads++;
    const r = el.getBoundingClientRect();
    const sx = window.scrollX;
    const sy = window.scrollY;
    return { left: r.left + sx, top: r.top + sy, right: r.right + sx, bottom: r.bottom + sy };
  }

  /** Overwrite a cached rect with a fresh reading. */
  remember(el: Element, rect: Rect): void {
    this._entries.set(el, { epoch: this._epoch, rect });
  }

  disconnect(): void {
    this._observer?.disconnect();
    this._attributes?.disconnect();
  }
}
