/**
 * A catalogue as gateways publish it, made into the shape the portal reads
 * (catalog-types.ts), after the contract check has passed it. The contract
 * accepts what a gateway commonly writes (docs/service-catalog.schema.json):
 * Chinese-only titles, plain strings for texts, materials as plain text, no
 * eligibility or processing days. Here each text gets both languages (the
 * other falls back to the one given), a plain-text material becomes a material
 * with only a title, and missing recommended fields stay missing, so the pages
 * say less rather than something made up.
 */
import type { Catalog, Service, ServiceCategory, ServiceMaterial } from './catalog-types.js';
import { bothLanguages, type TextInput } from './localized.js';

/** What the contract lets through for a material. */
type RawMaterial =
  | TextInput
  | {
      id?: string;
      title: TextInput;
      required?: boolean;
      provision?: 'shared' | 'on-site';
      note?: TextInput;
    };

/** What the contract lets through for a service (its other fields are as the portal reads them). */
export type RawService = Omit<
  Service,
  'title' | 'summary' | 'eligibility' | 'agency' | 'materials'
> & {
  title: TextInput;
  summary?: TextInput;
  eligibility?: TextInput;
  agency?: TextInput;
  materials?: readonly RawMaterial[];
};

export interface RawCatalog {
  version?: string;
  categories: readonly { id: string; title: TextInput }[];
  services: readonly RawService[];
}

function normaliseMaterial(material: RawMaterial, index: number): ServiceMaterial {
  if (typeof material === 'string' || !('title' in material)) {
    return { id: `material-${index + 1}`, title: bothLanguages(material) };
  }
  const shaped: ServiceMaterial = {
    id: material.id ?? `material-${index + 1}`,
    title: bothLanguages(material.title),
  };
  if (material.required !== undefined) shaped.required = material.required;
  if (material.provision !== undefined) shaped.provision = material.provision;
  if (material.note !== undefined) shaped.note = bothLanguages(material.note);
  return shaped;
}

export function normaliseService(raw: RawService): Service {
  const { title, summary, eligibility, agency, materials, ...rest } = raw;
  const service: Service = {
    ...rest,
    title: bothLanguages(title, raw.id),
    summary: bothLanguages(summary),
    materials: (materials ?? []).map(normaliseMaterial),
  };
  if (eligibility !== undefined) service.eligibility = bothLanguages(eligibility);
  if (agency !== undefined) service.agency = bothLanguages(agency);
  return service;
}

export function normaliseCategory(raw: RawCatalog['categories'][number]): ServiceCategory {
  return { id: raw.id, title: bothLanguages(raw.title, raw.id) };
}

/** The catalogue's top level; its services are normalised one by one by the caller. */
export function normaliseCatalogHead(raw: RawCatalog): Omit<Catalog, 'services'> {
  const head: Omit<Catalog, 'services'> = { categories: raw.categories.map(normaliseCategory) };
  if (raw.version !== undefined) head.version = raw.version;
  return head;
}
