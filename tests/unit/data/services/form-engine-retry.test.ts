import { describe, expect, it, vi } from 'vitest';

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

describe('the form engine', () => {
  it('is built again after a load that failed, instead of failing for good', async () => {
    const { formEngine } = await import('@src/data/services/form-validator.js');
    await expect(formEngine()).rejects.toThrow('regions not loaded');
    await expect(formEngine()).resolves.toHaveProperty('validator');
    expect(regionLoads).toBe(2);
  });
});
