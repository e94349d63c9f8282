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

/**
 * `count` rows under `parent`, each made from `make()`, whose children the
 * row's `Spec` names (`{ Bg: object; Title: object }`): `row.tag('Bg')` is typed.
 */
export function ensureRows<Spec extends Element.TemplateSpec>(
  parent: Pick<Element, 'childList'>,
  count: number,
  make: (i: number) => Element.PatchTemplate<Spec>,
): Element<Spec>[] {
  const list = parent.childList;
  while (list.length < count) list.a(make(list.length));
  // Lightning types a child list loosely; every child here was built by make() from Spec.
  return list.get() as Element<Spec>[];
}
