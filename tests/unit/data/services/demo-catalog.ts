/**
 * The demo catalogue as the portal loads it (contract-checked, URLs made
 * absolute on the test origin), shared by the services tests.
 */
import { parseCatalog } from '@src/data/services/catalog';
import type { Catalog } from '@src/data/services/catalog-types';
import { formEngine } from '@src/data/services/form-validator';
import { DEMO_ENDPOINTS } from '@src/demo/endpoints';
import { buildServiceCatalog } from '@src/demo/services/catalog';
import { ORIGIN } from '../../demo/demo-server';

export const CATALOG_URL = new URL(DEMO_ENDPOINTS.serviceCatalog, ORIGIN).href;

export async function demoCatalog(): Promise<Catalog> {
  const document: unknown = JSON.parse(JSON.stringify(buildServiceCatalog()));
  const result = parseCatalog(document, CATALOG_URL, await formEngine());
  if (!result.ok || result.skipped.length > 0) throw new Error('demo catalogue not loadable');
  return result.catalog;
}
