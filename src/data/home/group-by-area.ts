/**
 * The dashboard's rooms: entities grouped by area in the registry's order,
 * the entities without an area last, each group sorted by name.
 */
import type { HomeArea, HomeEntity, HomeSnapshot } from './home-types.js';

/** The domains My Home shows unless told otherwise. */
export const DASHBOARD_DOMAINS: readonly string[] = [
  'light',
  'switch',
  'fan',
  'cover',
  'climate',
  'lock',
  'sensor',
  'binary_sensor',
  'alarm_control_panel',
  'camera',
  'event',
];

export interface AreaGroup {
  /** null for the entities in no (known) area. */
  area: HomeArea | null;
  entities: HomeEntity[];
}

export interface GroupByAreaOptions {
  /** Domains to keep; DASHBOARD_DOMAINS by default. */
  domains?: readonly string[];
  /** Locale for sorting names; the engine's by default. */
  locale?: string;
}

/**
 * Non-empty groups only. Entities Home Assistant hides from dashboards
 * (hidden, config, diagnostic) are left out.
 */
export function groupByArea(
  snapshot: Pick<HomeSnapshot, 'areas' | 'entities'>,
  options: GroupByAreaOptions = {},
): AreaGroup[] {
  const domains = new Set(options.domains ?? DASHBOARD_DOMAINS);
  const byArea = new Map<string | null, HomeEntity[]>();
  const known = new Set(snapshot.areas.map((area) => area.id));
  for (const entity of snapshot.entities.values()) {
    if (entity.hidden || !domains.has(entity.domain)) continue;
    const key = entity.areaId !== undefined && known.has(entity.areaId) ? entity.areaId : null;
    const list = byArea.get(key);
    if (list) list.push(entity);
    else byArea.set(key, [entity]);
  }

  const collator = new Intl.Collator(options.locale, { numeric: true, sensitivity: 'base' });
  const sorted = (entities: HomeEntity[]): HomeEntity[] =>
    entities.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));

  const groups: AreaGroup[] = [];
  for (const area of snapshot.areas) {
    const entities = byArea.get(area.id);
    if (entities) groups.push({ area, entities: sorted(entities) });
  }
  const loose = byArea.get(null);
  if (loose) groups.push({ area: null, entities: sorted(loose) });
  return groups;
}
