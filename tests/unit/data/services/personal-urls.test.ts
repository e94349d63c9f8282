import { describe, expect, it } from 'vitest';
import type { Catalog, Service } from '@src/data/services/catalog-types';
import { personalUrlsOf } from '@src/data/services/personal-urls';
import { requestKind, type RoutingTable } from '@src/sw/request-kind';
import { routingTableFor } from '@src/sw/routing-table';
import { catalogueAddresses } from '@src/data/services/catalogue-addresses';

const GATEWAY = 'http://127.0.0.1:8090';
const service = (id: string, submitUrl: string, statusUrl: string) =>
  ({ id, submitUrl, statusUrl }) as unknown as Service;
const catalog = {
  categories: [],
  services: [
    // A gateway that keeps its forms' endpoints beside the published schemas.
    service('a', `${GATEWAY}/schemas/apply?v=2`, `${GATEWAY}/schemas/status/{receipt}`),
    service('b', `${GATEWAY}/submit`, `${GATEWAY}/status?receipt={receipt}`),
  ],
} as unknown as Catalog;

describe("a catalogue's personal addresses", () => {
  it('are the submit addresses and the part of each status address before the receipt', () => {
    expect(personalUrlsOf(catalog)).toEqual([
      `${GATEWAY}/schemas/apply`,
      `${GATEWAY}/schemas/status/`,
      `${GATEWAY}/submit`,
      `${GATEWAY}/status`,
    ]);
  });

  it('keep the worker from caching a status answer under the public schemas folder', () => {
    const base = 'http://127.0.0.1:4173/';
    const resolve = (url: string) => new URL(url, base).href;
    const catalogue = { publicData: catalogueAddresses(`${GATEWAY}/catalog.json`, resolve) };
    const table: RoutingTable = routingTableFor([catalogue], base, '/config.json');
    const kind = (url: string, withTable: RoutingTable) =>
      requestKind(
        {
          url: new URL(url),
          method: 'GET',
          destination: '',
          hasCredentials: false,
          origin: GATEWAY,
        },
        withTable,
      );
    const status = `${GATEWAY}/schemas/status/R123`;
    // Without the catalogue's addresses, the status answer falls in the public folder.
    expect(kind(status, table)).toBe('public');
    const declared = { ...table, personal: [...table.personal, ...personalUrlsOf(catalog)] };
    expect(kind(status, declared)).toBe('personal');
    expect(kind(`${GATEWAY}/status?receipt=R9`, declared)).toBe('personal');
    expect(kind(`${GATEWAY}/schemas/library-card.json`, declared)).toBe('public');
  });
});
