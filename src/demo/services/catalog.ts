/**
 * The demo service catalogue: eight categories and ten services, each with its
 * form, submitted to and followed at the demo backend's submission endpoint.
 */
import { DEMO_ENDPOINTS } from '../endpoints';
import { SERVICE_CATEGORIES } from './categories';
import type { ServiceCatalog, ServiceDefinition, ServiceDraft } from './catalog-types';
import { HOUSEHOLD_SERVICES } from './services-household';
import { SOCIAL_SERVICES } from './services-social';
import { WORK_HEALTH_SERVICES } from './services-work-health';

/** The version of the demo catalogue (its contract is docs/service-catalog.schema.json). */
export const CATALOG_VERSION = '2026-11-24';

const withEndpoints = (draft: ServiceDraft): ServiceDefinition => ({
  ...draft,
  submitUrl: DEMO_ENDPOINTS.serviceSubmit,
  statusUrl: `${DEMO_ENDPOINTS.serviceSubmit}/{receipt}`,
});

export function buildServiceCatalog(): ServiceCatalog {
  return {
    version: CATALOG_VERSION,
    categories: SERVICE_CATEGORIES,
    services: [...SOCIAL_SERVICES, ...WORK_HEALTH_SERVICES, ...HOUSEHOLD_SERVICES].map(
      withEndpoints,
    ),
  };
}

export function findService(catalog: ServiceCatalog, id: string): ServiceDefinition | undefined {
  return catalog.services.find((service) => service.id === id);
}
