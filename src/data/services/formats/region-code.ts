/** A 6-digit GB/T 2260 code that exists today (province, prefecture or county). */
import { fail, OK, type FormatCheck } from './format-check.js';
import type { RegionIndex } from './region-index.js';

export function checkRegionCode(value: string, regions: RegionIndex): FormatCheck {
  if (!/^\d*$/.test(value)) return fail('characters');
  if (value.length !== 6) return fail('length');
  return regions.exists(value) ? OK : fail('region');
}
