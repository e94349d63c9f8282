/**
 * Small facts about the DOM that focus handling needs everywhere: where real
 * focus is (through shadow roots), what lies inside what in the flat tree, and
 * which of some items comes first in reading order.
 */
import type { Rect } from './geometry.js';
import { flatParent } from './focus-tree.js';

/** The element that really holds focus, inside any shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `el` lies inside `container` in the flat tree (across shadow roots). */
export function isWithin(el: Node, container: Node): boolean {
  for (let n: Node | null = el; n; n = flatParent(n)) if (n === container) return true;
  return false;
}

/** Top to bottom, then left to right (items within a pixel count as one line). */
export function firstInReadingOrder<T>(items: T[], rectOf: (item: T) => Rect): T | null {
  let best: T | null = null;
  let bestRect: Rect | null = null;
  for (const item of items) {
    const r = rectOf(item);
    if (
      !bestRect ||
      r.top < bestRect.top - 1 ||
      (Math.abs(r.top - bestRect.top) <= 1 && r.left < bestRect.left)
    ) {
      best = item;
      bestRect = r;
    }
  }
  return best;
}
