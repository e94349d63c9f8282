import { describe, expect, it, vi } from 'vitest';
import { buildServiceCatalog } from '@src/demo/services/catalog';
import { CATALOG_URL } from './demo-catalog';

let regionLoads = 0;

vi.mock('@src/data/services/formats/regions.js', async (original) => {
  const real = await original<typeof import('@src/data/services/formats/regions.js')>();
  return {
    ...real,
    loadRegions: () => {
      regionLoads++;
      // The first load fails, as a TV that lost the network mid-load would see it.
      return regionLoads === 1
        ? Promise.reject(new Error('regions not loaded'))
        : real.loadRegions();
    },
  };
});

describe('loading the catalogue when the form engine cannot be built', () => {
  it('answers with a problem instead of rejecting, and loads on the next try', async () => {
    const { loadCatalog } = await import('@src/data/services/catalog.js');
    const gateway: typeof fetch = async () => Response.json(buildServiceCatalog());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const first = await loadCatalog(CATALOG_URL, {}, gateway);
    const second = await loadCatalog(CATALOG_URL, { fresh: true }, gateway);

    warn.mockRestore();
    expect(first).toEqual({ ok: false, problems: [{ pointer: '', code: 'engine', params: {} }] });
    expect(second.ok).toBe(true);
  });
});
