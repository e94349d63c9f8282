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
    return this.usableRect(el) !== null;
  }

  /**
   * The rect of an element that can take focus by direction, else null: one
   * cache lookup per candidate, on the hot path of every press.
   */
  usableRect(el: Element): Rect | null {
    let entry = this._entries.get(el);
    if (!entry || entry.epoch !== this._epoch) {
      this.get(el);
      entry = this._entries.get(el);
      if (!entry) return null;
    }
    if (entry.usable === undefined) {
      const r = entry.rect;
      entry.usable =
        !(r.right - r.left <= 0 && r.bottom - r.top <= 0) &&
        !el.hasAttribute('disabled') &&
        el.getAttribute('aria-disabled') !== 'true';
    }
    return entry.usable ? entry.rect : null;
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
