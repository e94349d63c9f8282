/**
 * The registry behind spatial navigation: focusable items and the zones that
 * group them, linked along the flat tree (through shadow roots and slots).
 * Elements register while Lit is still building a detached fragment, so their
 * place in the tree is resolved lazily, on the next query, once they are in
 * the document.
 */
import type { Direction } from './logical-key.js';
import type { RectEntry, RectHolder } from './rect-cache.js';

export interface ZoneOptions {
  /** Stable id; focus memory is kept per route and zone id, across unmounts. */
  id: string;
  /** Return to the last focused member when focus comes back (default true). */
  memory?: boolean;
  /** A layer owns all input while it is the topmost (dialogs, overlays). */
  layer?: boolean;
  /** Directional keys never leave this zone. */
  trap?: boolean;
  /** Leaving the zone in a direction goes to this zone id instead of by geometry. */
  next?: Partial<Record<Direction, string>>;
  /** Without memory, enter at the member nearest the origin (default) or the first. */
  enter?: 'nearest' | 'first';
  /**
   * Members scroll inside this zone (its element is the scrolling box): bring
   * the focused one into view when it is not already well inside that box.
   */
  scroll?: boolean;
  /**
   * How the zone is weighed against its siblings: by the union of its members'
   * boxes (the default), or by its own element's box. 'element' is for a zone
   * whose members fill it and may lie in a subtree the browser skips
   * (`content-visibility: auto`): measuring a member there lays the subtree out,
   * one forced layout per zone each time a search weighs them, while the
   * skipped element's own box is known without it.
   */
  box?: 'members' | 'element';
}

export interface ItemOptions {
  /** Stable key among its zone's members, used by focus memory. */
  key?: string;
  /** Take focus first when its route or layer opens, and when focus enters its zone. */
  autofocus?: boolean;
  /** Per-item override: a direction goes to this zone id. */
  next?: Partial<Record<Direction, string>>;
}

export class ZoneNode {
  parent: ZoneNode | null = null;
  readonly items = new Set<ItemNode>();
  readonly zones = new Set<ZoneNode>();
  /** Focus to give back when this layer closes. */
  returnFocus: HTMLElement | null = null;
  constructor(
    readonly el: HTMLElement,
    public options: ZoneOptions,
  ) {}
}

export class ItemNode implements RectHolder {
  zone: ZoneNode | null = null;
  /** Its geometry in the engine's rect cache, kept here for the hot path (rect-cache.ts). */
  rectEntry?: RectEntry;
  constructor(
    readonly el: HTMLElement,
    public options: ItemOptions,
  ) {}
}

/** The parent in the flat tree: slot for slotted content, host for a shadow root. */
export function flatParent(node: Node): Node | null {
  const slot = (node as Element).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    return (parent as ShadowRoot).host ?? null;
  }
  return parent;
}

export class FocusTree {
  private _items = new Map<HTMLElement, ItemNode>();
  private _zones = new Map<HTMLElement, ZoneNode>();
  private _pendingItems = new Set<ItemNode>();
  private _pendingZones = new Set<ZoneNode>();
  /** Layers in the order they opened; the last connected one owns input. */
  private _layers: ZoneNode[] = [];
  /** Implicit bottom layer for items outside any zone. */
  readonly root: ZoneNode;
  onLayerOpened: (layer: ZoneNode) => void = () => {};
  onLayerClosed: (layer: ZoneNode) => void = () => {};

  constructor() {
    this.root = new ZoneNode(document.documentElement, { id: '$root', layer: true });
  }

  hasItem(el: HTMLElement): boolean {
    return this._items.has(el);
  }

  hasZone(el: HTMLElement): boolean {
    return this._zones.has(el);
  }

  addItem(el: HTMLElement, options: ItemOptions): ItemNode {
    const existing = this._items.get(el);
    if (existing) {
      existing.options = options;
      return existing;
    }
    const node = new ItemNode(el, options);
    this._items.set(el, node);
    this._pendingItems.add(node);
    return node;
  }

  removeItem(el: HTMLElement): ItemNode | null {
    const node = this._items.get(el);
    if (!node) return null;
    this._items.delete(el);
    this._pendingItems.delete(node);
    node.zone?.items.delete(node);
    node.zone = null;
    return node;
  }

  addZone(el: HTMLElement, options: ZoneOptions): ZoneNode {
    const existing = this._zones.get(el);
    if (existing) {
      existing.options = options;
      return existing;
    }
    const node = new ZoneNode(el, options);
    this._zones.set(el, node);
    this._pendingZones.add(node);
    return node;
  }

  removeZone(el: HTMLElement): void {
    const node = this._zones.get(el);
    if (!node) return;
    this._zones.delete(el);
    this._pendingZones.delete(node);
    node.parent?.zones.delete(node);
    // Members fall back to pending so they find their next zone up, if they stay.
    for (const item of node.items) {
      item.zone = null;
      this._pendingItems.add(item);
    }
    for (const zone of node.zones) {
      zone.parent = null;
      this._pendingZones.add(zone);
    }
    node.items.clear();
    node.zones.clear();
    const layerIndex = this._layers.indexOf(node);
    if (layerIndex >= 0) {
      this._layers.splice(layerIndex, 1);
      this.onLayerClosed(node);
    }
  }

  item(el: Element | null | undefined): ItemNode | null {
    if (!el) return null;
    this.flush();
    return this._items.get(el as HTMLElement) ?? null;
  }

  /** The registered item that contains `el` in the flat tree, if any. */
  itemContaining(el: Node | null): ItemNode | null {
    this.flush();
    for (let n: Node | null = el; n; n = flatParent(n)) {
      const item = this._items.get(n as HTMLElement);
      if (item) return item;
    }
    return null;
  }

  zonesWithId(id: string): ZoneNode[] {
    this.flush();
    return [...this._zones.values()].filter((z) => z.options.id === id && z.el.isConnected);
  }

  topLayer(): ZoneNode {
    this.flush();
    for (let i = this._layers.length - 1; i >= 0; i--) {
      const layer = this._layers[i];
      if (layer && layer.el.isConnected) return layer;
    }
    return this.root;
  }

  layerOf(node: ItemNode | ZoneNode): ZoneNode {
    this.flush();
    let zone: ZoneNode | null = node instanceof ItemNode ? node.zone : node;
    while (zone) {
      if (zone.options.layer) return zone;
      zone = zone.parent;
    }
    return this.root;
  }

  /** Every connected item below a zone, depth first. */
  itemsUnder(zone: ZoneNode, out: ItemNode[] = []): ItemNode[] {
    this.flush();
    for (const item of zone.items) if (item.el.isConnected) out.push(item);
    for (const child of zone.zones) if (child.el.isConnected) this.itemsUnder(child, out);
    return out;
  }

  /** Resolve the tree position of everything registered since the last query. */
  flush(): void {
    if (this._pendingZones.size) {
      for (const zone of [...this._pendingZones]) {
        if (!zone.el.isConnected) continue;
        this._resolveZone(zone);
      }
    }
    if (this._pendingItems.size) {
      for (const item of [...this._pendingItems]) {
        if (!item.el.isConnected) continue;
        this._pendingItems.delete(item);
        const zone = this._nearestZone(item.el) ?? this.root;
        item.zone = zone;
        zone.items.add(item);
      }
    }
  }

  private _nearestZone(el: HTMLElement): ZoneNode | null {
    for (let n = flatParent(el); n; n = flatParent(n)) {
      const zone = this._zones.get(n as HTMLElement);
      if (zone) {
        if (this._pendingZones.has(zone)) this._resolveZone(zone);
        return zone;
      }
    }
    return null;
  }

  /** Link a zone to its parent (resolving a parent registered in the same render first). */
  private _resolveZone(zone: ZoneNode): void {
    this._pendingZones.delete(zone);
    const parent = zone.options.layer ? null : this._nearestZone(zone.el);
    zone.parent = parent;
    if (zone.options.layer) {
      this._layers.push(zone);
      this.onLayerOpened(zone);
    } else {
      (parent ?? this.root).zones.add(zone);
    }
  }
}
