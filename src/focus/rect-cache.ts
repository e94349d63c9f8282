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
}

export class RectCache {
  private _epoch = 0;
  private _entries = new WeakMap<Element, Entry>();
  private _observer: ResizeObserver | null = null;
  /** Layout reads made through this cache since creation (for tests and the bench). */
  reads = 0;

  constructor() {
    if (typeof ResizeObserver !== 'undefined') {
      this._observer = new ResizeObserver(() => this.invalidate());
    }
  }

  /** Start watching an element's size; its first report also invalidates. */
  observe(el: Element): void {
    this._observer?.observe(el);
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
  }
}
