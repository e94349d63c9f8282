/**
 * Areas add themselves here (see src/features/<area>/area.ts): a tile on the home
 * screen and the routes behind it. Registration is tiny and eager; each
 * area's screens load lazily when first opened.
 */
import type { TemplateResult } from 'lit';
import type { FeatureId, HearthConfig } from '../config/types.js';
import { SHELL_ROUTES } from './shell-routes.js';

export interface RouteDefinition {
  /** Hash path without the leading `#/`, e.g. `settings/about`. */
  path: string;
  title: () => string;
  /** The screen covers the whole stage (live TV): no top bar, no margins of the shell's. */
  fullscreen?: boolean;
  /** Loads the module that defines the route's elements. */
  load: () => Promise<unknown>;
  render: () => TemplateResult;
}

export interface AreaDefinition {
  id: FeatureId;
  /** Position on the home screen, lowest first. */
  order: number;
  title: () => string;
  description: () => string;
  /** An inline SVG for the tile. */
  icon: () => TemplateResult;
  routes: RouteDefinition[];
  /**
   * Whether the area can work with this configuration (for instance its data
   * source is set). The demo build points missing sources at the demo backend.
   */
  isAvailable?: (config: HearthConfig) => boolean;
  /** Something live on the area's tile (a count of unread items), loaded after the first screen. */
  badge?: { load: () => Promise<unknown>; render: () => TemplateResult };
}

const areas = new Map<FeatureId, AreaDefinition>();

export function registerArea(area: AreaDefinition): void {
  areas.set(area.id, area);
}

/** The areas this operator enabled and that can run, in home-screen order. */
export function enabledAreas(config: HearthConfig): AreaDefinition[] {
  return [...areas.values()]
    .filter((a) => config.features.includes(a.id))
    .filter((a) => a.isAvailable?.(config) ?? true)
    .sort((a, b) => a.order - b.order);
}

export function findRoute(config: HearthConfig, path: string): RouteDefinition | null {
  const shell = SHELL_ROUTES.find((r) => r.path === path);
  if (shell) return shell;
  for (const area of enabledAreas(config)) {
    const route = area.routes.find((r) => r.path === path);
    if (route) return route;
  }
  return null;
}
