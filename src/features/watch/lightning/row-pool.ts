/**
 * A fixed set of row elements reused while a list scrolls (Lightning UI's
 * lazy-create / reuse advice for low-end boxes): a list of 1,500 channels
 * costs as many elements as fit on screen.
 */
import type { Element } from '@lightningjs/core';

export interface Window {
  first: number;
  count: number;
}

/** Which slice of `total` items to show so that `focused` stays visible, kept centred when it can. */
export function visibleWindow(total: number, focused: number, capacity: number): Window {
  if (total <= capacity) return { first: 0, count: total };
  const first = Math.min(Math.max(0, focused - Math.floor(capacity / 2)), total - capacity);
  return { first, count: capacity };
}

export function ensureRows(parent: Element, count: number, make: (i: number) => object): Element[] {
  const list = parent.childList;
  while (list.length < count) list.a(make(list.length));
  return list.get() as Element[];
}
