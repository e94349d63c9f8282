/**
 * Where the household left focus: per route (scope) and zone id, by item key,
 * so it outlives the elements (a rail unmounted by a route change is found at
 * its 7th item when the route comes back). While the elements live, the node
 * itself is remembered too, for items without a key.
 */
import type { ItemNode, ZoneNode } from './focus-tree.js';

export interface ScopeMemory {
  zoneId: string;
  key: string;
}

export function keyOf(node: ItemNode): string | null {
  return node.options.key ?? (node.el.id || null);
}

function isUnder(node: ItemNode, zone: ZoneNode): boolean {
  for (let z = node.zone; z; z = z.parent) if (z === zone) return true;
  return false;
}

export class FocusMemory {
  private _byZone = new Map<string, string>();
  private _nodes = new WeakMap<ZoneNode, ItemNode>();
  private _byScope = new Map<string, ScopeMemory>();

  /** Focus landed on `node` while `scope` was shown: every zone up its chain remembers it. */
  remember(scope: string, node: ItemNode): void {
    const key = keyOf(node);
    for (let zone = node.zone; zone; zone = zone.parent) {
      this._nodes.set(zone, node);
      if (key !== null) this._byZone.set(`${scope}|${zone.options.id}`, key);
    }
    if (node.zone && key !== null) this._byScope.set(scope, { zoneId: node.zone.options.id, key });
  }

  /** The last focused item of a route, to restore when the route is shown again. */
  lastIn(scope: string): ScopeMemory | undefined {
    return this._byScope.get(scope);
  }

  /**
   * The item to return to in `zone`: the live node if it is still there and
   * usable, else the one among `members` with the remembered key.
   */
  rememberedIn(
    scope: string,
    zone: ZoneNode,
    isUsable: (node: ItemNode) => boolean,
    members: () => ItemNode[],
  ): ItemNode | null {
    const node = this._nodes.get(zone);
    if (node && node.el.isConnected && isUsable(node) && isUnder(node, zone)) return node;
    const key = this._byZone.get(`${scope}|${zone.options.id}`);
    return key === undefined ? null : (members().find((i) => keyOf(i) === key) ?? null);
  }

  clear(): void {
    this._byZone.clear();
    this._byScope.clear();
  }
}
