import type { ItemNode } from './focus-tree.js';
import type { RectCache } from './rect-cache.js';

/** How far inside a scrolling zone's edges an item must be to count as in view. */
const SCROLL_MARGIN = 24;

/**
 * In a scrolling zone and not well inside its box: it must be scrolled to.
 * Most moves in a list stay in view; skipping scrollIntoView for them saves a
 * forced layout and keeps every measured rect valid for the next press (a
 * scroll invalidates them all), which a large dashboard felt on each press.
 */
export function needsScroll(node: ItemNode, rects: RectCache): boolean {
  const rect = rects.get(node.el);
  for (let z = node.zone; z; z = z.parent) {
    if (!z.options.scroll) continue;
    const box = rects.get(z.el);
    const m = SCROLL_MARGIN;
    if (
      rect.top < box.top + m ||
      rect.bottom > box.bottom - m ||
      rect.left < box.left + m ||
      rect.right > box.right - m
    ) {
      return true;
    }
  }
  return false;
}
