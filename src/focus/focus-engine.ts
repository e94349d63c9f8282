/**
 * Spatial navigation over the focus tree. A move searches the current zone,
 * then climbs: sibling zones are scored as a whole (the union of their
 * members' cached rects) and entered at their remembered member or the one
 * nearest the origin. Only the topmost layer takes part, so a dialog traps
 * focus by being a layer. Rects come from a cache; the chosen move is checked
 * against two fresh reads and redone from fresh geometry if anything moved.
 */
import {
  blankCandidate,
  directionalScore,
  entryDistance,
  intersectRect,
  isBetterCandidate,
  isEmptyRect,
  measureCandidate,
  sameRect,
  unionRect,
  type Candidate,
  type Rect,
} from './geometry.js';
import { FocusTree, ItemNode, ZoneNode, type ItemOptions, type ZoneOptions } from './focus-tree.js';
import { deepActiveElement, firstInReadingOrder, isWithin } from './dom-focus.js';
import { FocusMemory, keyOf } from './focus-memory.js';
import type { Direction } from './logical-key.js';
import { MoveHistory } from './move-history.js';
import { RectCache } from './rect-cache.js';
import { needsScroll } from './needs-scroll.js';

export interface FocusChange {
  element: HTMLElement;
  previous: HTMLElement | null;
  /** What caused it: a key move, a pointer hover, a restore or a programmatic call. */
  cause: 'key' | 'pointer' | 'restore' | 'program';
}

export class FocusEngine {
  readonly tree = new FocusTree();
  readonly rects = new RectCache();
  /** The route (or other screen) the memory is kept for. */
  scope = '';
  private _current: ItemNode | null = null;
  private readonly _scratch: [Candidate, Candidate] = [blankCandidate(), blankCandidate()];
  private _memory = new FocusMemory();
  private readonly _history = new MoveHistory();
  private _listeners = new Set<(change: FocusChange) => void>();
  private _recoverScheduled = false;
  /** A screen whose content had not rendered yet when it asked for initial focus. */
  private _pendingInitial: { container: Element; scope: string; moves: number } | null = null;
  /** Focus changes the household made (keys, pointer): a late screen must not undo them. */
  private _userMoves = 0;

  constructor() {
    this.tree.onLayerOpened = (layer) => this._layerOpened(layer);
    this.tree.onLayerClosed = (layer) => this._layerClosed(layer);
    window.addEventListener('resize', () => this.rects.invalidate());
    // Scrolling moves everything inside the scroller; scroll does not cross
    // shadow roots, so zones that scroll in a shadow root also listen (see zone()).
    document.addEventListener('scroll', () => this.rects.invalidate(), true);
  }

  get current(): HTMLElement | null {
    const node = this._current;
    return node && node.el.isConnected ? node.el : null;
  }

  /** True while a dialog, panel or overlay holds the keys (a focus layer above the screen). */
  get layerOpen(): boolean {
    return this.tree.topLayer() !== this.tree.root;
  }

  onFocusChange(listener: (change: FocusChange) => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** Register (or, on a re-render, update) a focusable element. */
  registerItem(el: HTMLElement, options: ItemOptions = {}): void {
    const isNew = !this.tree.hasItem(el);
    this.tree.addItem(el, options);
    if (!isNew) return;
    if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
    this.rects.observe(el);
    this.rects.invalidate();
    if (options.autofocus) this._scheduleRecover();
    if (this._pendingInitial) this._schedulePendingInitial();
  }

  unregisterItem(el: HTMLElement): void {
    const node = this.tree.removeItem(el);
    this.rects.unobserve(el);
    this.rects.invalidate();
    if (node && node === this._current) this._scheduleRecover();
  }

  registerZone(el: HTMLElement, options: ZoneOptions): void {
    const isNew = !this.tree.hasZone(el);
    this.tree.addZone(el, options);
    if (!isNew) return;
    this.rects.invalidate();
    if (options.layer) queueMicrotask(() => this.tree.flush());
  }

  unregisterZone(el: HTMLElement): void {
    this.tree.removeZone(el);
    this.rects.invalidate();
  }

  /** Geometry changed in a way no observer sees (content translated, fonts resized). */
  invalidate(): void {
    this.rects.invalidate();
  }

  /** Move focus in a direction. False when nothing lies that way (an edge). */
  move(dir: Direction): boolean {
    const before = this._current;
    const from = this._ensureCurrent();
    if (!from) return false;
    // Focus had been lost and was just recovered: that is this press's visible result.
    if (from !== before) return true;
    let target = this._returnFor(from, dir) ?? this._search(from, dir);
    if (target && !this._geometryStillValid(from, target)) {
      this.rects.invalidate();
      target = this._search(from, dir);
    }
    if (!target || !this.focus(target.el, 'key')) return false;
    this._history.moved(from, target, dir);
    return true;
  }

  /** Focus a registered element (or the registered item containing it). */
  focus(el: HTMLElement, cause: FocusChange['cause'] = 'program'): boolean {
    const node = this.tree.item(el) ?? this.tree.itemContaining(el);
    if (!node || !node.el.isConnected) return false;
    const previous = this.current;
    if (deepActiveElement() !== node.el) node.el.focus({ preventScroll: true });
    // An element that cannot take focus (hidden by style, inert) must not become
    // current, or the engine and the screen would disagree about where focus is.
    if (deepActiveElement() !== node.el) return false;
    if (cause === 'key' || cause === 'pointer') this._userMoves++;
    if (cause !== 'key') this._history.forget();
    this._current = node;
    this._memory.remember(this.scope, node);
    if (needsScroll(node, this.rects)) {
      node.el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      this.rects.invalidate();
    }
    if (previous !== node.el) {
      for (const listener of this._listeners) listener({ element: node.el, previous, cause });
    }
    return true;
  }

  /**
   * Put focus where the user left it on this scope (route), else on the item
   * marked autofocus, else on the first item in reading order — looking first
   * inside `preferIn` (the screen's content, before the top bar), then anywhere.
   */
  focusInitial(preferIn?: Element): boolean {
    const layer = this.tree.topLayer();
    const remembered = this._memory.lastIn(this.scope);
    if (remembered) {
      const zone = this.tree
        .zonesWithId(remembered.zoneId)
        .find((z) => this.tree.layerOf(z) === layer);
      const item = zone && this._findByKey(zone, remembered.key);
      if (item) return this.focus(item.el, 'restore');
    }
    const all = this._visible(this.tree.itemsUnder(layer));
    const inside = preferIn ? all.filter((i) => isWithin(i.el, preferIn)) : [];
    // Content still loading: focus what there is now, move in when it arrives.
    this._pendingInitial =
      preferIn && inside.length === 0
        ? { container: preferIn, scope: this.scope, moves: this._userMoves }
        : null;
    for (const items of [inside, all]) {
      const preferred = items.find((i) => i.options.autofocus) ?? this._firstInReadingOrder(items);
      if (preferred) return this.focus(preferred.el, 'restore');
    }
    return false;
  }

  /**
   * Focus that left with its element (a screen just replaced) comes back at
   * the next frame. A key pressed before then asks for it now, so it reaches
   * the screen now showing rather than an element no longer on the page.
   */
  recoverNow(): HTMLElement | null {
    return this._ensureCurrent()?.el ?? null;
  }

  /** Forget memory (household reset). */
  clearMemory(): void {
    this._memory.clear();
  }

  private _ensureCurrent(): ItemNode | null {
    const node = this._current;
    if (node && node.el.isConnected && this.tree.item(node.el) === node) {
      if (this.tree.layerOf(node) === this.tree.topLayer()) return node;
    }
    this.focusInitial();
    return this._current && this._current.el.isConnected ? this._current : null;
  }

  private _search(from: ItemNode, dir: Direction): ItemNode | null {
    const origin = this.rects.get(from.el);
    const itemOverride = from.options.next?.[dir];
    if (itemOverride) {
      const target = this._enterZoneById(itemOverride, origin, dir);
      if (target) return target;
    }
    let zone = from.zone;
    let exclude: ZoneNode | null = null;
    while (zone) {
      const best = this._bestAmong(zone, origin, dir, from, exclude);
      if (best instanceof ItemNode) return best;
      if (best) {
        const entered = this._enter(best, origin, dir);
        if (entered) return entered;
      }
      const override = zone.options.next?.[dir];
      if (override) {
        const target = this._enterZoneById(override, origin, dir);
        if (target) return target;
      }
      if (zone.options.trap || zone.options.layer) return null;
      exclude = zone;
      zone = zone.parent ?? (zone === this.tree.root ? null : this.tree.root);
    }
    return null;
  }

  private _bestAmong(
    zone: ZoneNode,
    origin: Rect,
    dir: Direction,
    self: ItemNode,
    exclude: ZoneNode | null,
  ): ItemNode | ZoneNode | null {
    let best: ItemNode | ZoneNode | null = null;
    // Two objects for the whole search: the one being measured and the best so far.
    let measured = this._scratch[0];
    let bestFacts = this._scratch[1];
    const consider = (node: ItemNode | ZoneNode, rect: Rect, container: boolean) => {
      if (!measureCandidate(measured, origin, rect, dir, container)) return;
      if (best !== null && !isBetterCandidate(measured, bestFacts, dir)) return;
      // Asked only of a candidate that would win: a DOM read for each of 2,000
      // items cost more than the geometry that rules most of them out.
      if (!node.el.isConnected) return;
      best = node;
      [measured, bestFacts] = [bestFacts, measured];
    };
    for (const item of zone.items) {
      if (item === self) continue;
      const rect = this.rects.usableRectOf(item);
      if (rect) consider(item, rect, false);
    }
    for (const child of zone.zones) {
      if (child === exclude || !child.el.isConnected) continue;
      const rect = this._zoneRect(child);
      if (rect) consider(child, rect, true);
    }
    return best;
  }

  private _enterZoneById(id: string, origin: Rect, dir: Direction): ItemNode | null {
    const layer = this.tree.topLayer();
    for (const zone of this.tree.zonesWithId(id)) {
      if (this.tree.layerOf(zone) !== layer) continue;
      const entered = this._enter(zone, origin, dir);
      if (entered) return entered;
    }
    return null;
  }

  private _enter(zone: ZoneNode, origin: Rect, dir: Direction): ItemNode | null {
    if (zone.options.memory !== false) {
      const remembered = this._memory.rememberedIn(
        this.scope,
        zone,
        (node) => this._isUsable(node),
        () => this._visible(this.tree.itemsUnder(zone)),
      );
      if (remembered) return remembered;
    }
    const members = this._visible(this.tree.itemsUnder(zone));
    // A group's own choice (the checked radio, the current channel) is where one enters it.
    const preferred = members.find((i) => i.options.autofocus);
    if (preferred) return preferred;
    if (zone.options.enter === 'first') return this._firstInReadingOrder(members);
    let best: ItemNode | null = null;
    let bestScore = Infinity;
    for (const item of members) {
      const rect = this.rects.get(item.el);
      const score = directionalScore(origin, rect, dir) ?? 1e15 + entryDistance(origin, rect);
      if (score < bestScore) {
        best = item;
        bestScore = score;
      }
    }
    return best;
  }

  private _zoneRect(zone: ZoneNode): Rect | null {
    if (zone.options.box === 'element') {
      const own = this.rects.get(zone.el);
      return isEmptyRect(own) ? null : own;
    }
    const members = unionRect(
      this._visible(this.tree.itemsUnder(zone)).map((i) => this.rects.get(i.el)),
    );
    if (!members || !zone.options.scroll) return members;
    // A scrolled list's rows reach past its edges (under the buttons below it,
    // say), yet on screen, and for what lies which way, the list is only its
    // own box: without this, Up from a button under a long form found nothing.
    return intersectRect(members, this.rects.get(zone.el)) ?? members;
  }

  private _isUsable(item: ItemNode): boolean {
    return item.el.isConnected && this.rects.usable(item.el);
  }

  /** The item this press undoes the last move back to, if it is still there to take focus. */
  private _returnFor(from: ItemNode, dir: Direction): ItemNode | null {
    const back = this._history.returnFor(from, dir);
    if (!back || this.tree.item(back.el) !== back) return null;
    return this.tree.layerOf(back) === this.tree.topLayer() && this._isUsable(back) ? back : null;
  }

  private _visible(items: ItemNode[]): ItemNode[] {
    return items.filter((i) => this._isUsable(i));
  }

  private _firstInReadingOrder(items: ItemNode[]): ItemNode | null {
    return firstInReadingOrder(items, (item) => this.rects.get(item.el));
  }

  /** Two fresh reads: if the source or the target moved, the cache was stale. */
  private _geometryStillValid(from: ItemNode, to: ItemNode): boolean {
    let valid = true;
    for (const node of [from, to]) {
      const cached = this.rects.get(node.el);
      const fresh = this.rects.measure(node.el);
      if (!sameRect(cached, fresh)) valid = false;
      this.rects.remember(node.el, fresh);
    }
    return valid;
  }

  private _findByKey(zone: ZoneNode, key: string): ItemNode | null {
    return this._visible(this.tree.itemsUnder(zone)).find((i) => keyOf(i) === key) ?? null;
  }

  private _layerOpened(layer: ZoneNode): void {
    layer.returnFocus = this.current;
    // Members register in the same render; focus once they are in the tree.
    requestAnimationFrame(() => {
      if (this.tree.topLayer() !== layer) return;
      // A key pressed before this frame may already have brought focus in and
      // moved it on: snapping back to the first item would make the next OK act
      // on something the household had left.
      const current = this._current;
      if (current && current.el.isConnected && this.tree.layerOf(current) === layer) return;
      const items = this._visible(this.tree.itemsUnder(layer));
      const first = items.find((i) => i.options.autofocus) ?? this._firstInReadingOrder(items);
      if (first) this.focus(first.el, 'restore');
    });
  }

  private _layerClosed(layer: ZoneNode): void {
    const back = layer.returnFocus;
    layer.returnFocus = null;
    if (back && back.isConnected && this.focus(back, 'restore')) return;
    this._scheduleRecover();
  }

  private _schedulePendingInitial(): void {
    requestAnimationFrame(() => {
      const pending = this._pendingInitial;
      if (!pending) return;
      if (pending.scope !== this.scope || pending.moves !== this._userMoves) {
        this._pendingInitial = null;
        return;
      }
      this.focusInitial(pending.container);
    });
  }

  /** After an unmount, put focus back somewhere visible before the next frame. */
  private _scheduleRecover(): void {
    if (this._recoverScheduled) return;
    this._recoverScheduled = true;
    requestAnimationFrame(() => {
      this._recoverScheduled = false;
      const current = this._current;
      const top = this.tree.topLayer();
      if (current && current.el.isConnected && this.tree.item(current.el) === current) {
        if (this.tree.layerOf(current) === top) return;
      }
      this.focusInitial();
    });
  }
}
