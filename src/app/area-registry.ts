/**
 * Areas add themselves here (see src/features/<area>/area.ts): a tile on the home
 * screen, the routes behind it, what the area shows over every screen and the
 * addresses of its data. Registration is tiny and eager; each area's screens
 * and overlays load lazily. Two more parts of an area are found by file name in
 * its folder, not registered: its English (`english.ts`, merged into the one
 * English chunk by i18n/locales/en.ts) and its demo source (`demo-source.ts`,
 * read by app/demo-sources.ts only in the demo build). The shell knows no area.
 */
import type { TemplateResult } from 'lit';
import type { FeatureId, HearthConfig } from '../config/types.js';
import type { SettingsStore } from '../data/settings/settings-store.js';
import type { ShellServices } from './shell-services.js';
import type { DataAddresses } from '../sw/routing-table.js';
import { SHELL_ROUTES } from './shell-routes.js';

export interface RouteDefinition {
  /** Hash path without the leading `#/`, e.g. `settings/about`. */
  path: string;
  title: () => string;
  /** The screen covers the whole stage (live TV): no top bar, no margins of the shell's. */
  fullscreen?: boolean;
  /** Loads the module that defines the route's elements. */
  load: () => Promise<unknown>;
  /** `services`: the shell's registry, for what the route hands its screen (the PIN lock). */
  render: (shell: { services: ShellServices }) => TemplateResult;
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
  /**
   * What must reach the household over any screen while the area is on offer
   * (a warning, an alarm, a reminder): loaded after the first screen, rendered
   * by the shell's <hearth-always-on>.
   */
  alwaysOn?: {
    load: () => Promise<unknown>;
    render: (shell: AlwaysOnContext) => TemplateResult;
  };
  /**
   * The addresses of the area's data in this config, by how the service worker
   * must treat them (public, live, personal). Relative addresses are resolved
   * against the page; see sw/routing-table.ts.
   */
  dataAddresses?: (config: HearthConfig, resolve: (url: string) => string) => DataAddresses;
}

/** What the shell hands an always-on overlay. */
export interface AlwaysOnContext {
  config: HearthConfig;
  settings: SettingsStore;
}

const areas = new Map<FeatureId, AreaDefinition>();

export function registerArea(area: AreaDefinition): void {
  areas.set(area.id, area);
}

/** Every registered area, enabled or not, in home-screen order. */
export function allAreas(): AreaDefinition[] {
  return [...areas.values()].sort((a, b) => a.order - b.order);
}

/** The areas this operator enabled and that can run, in home-screen order. */
export function enabledAreas(config: HearthConfig): AreaDefinition[] {
  return allAreas()
    .filter((a) => config.features.includes(a.id))
    .filter((a) => a.isAvailable?.(config) ?? true);
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
