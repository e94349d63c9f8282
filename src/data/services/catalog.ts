/**
 * Loading the operator's service catalogue: fetched, checked against the
 * contract, its URLs made absolute (relative ones resolve against the
 * catalogue's URL), and each form compiled once. A service that breaks the
 * contract, names an unknown category, repeats an id, or whose form schema
 * does not compile is left out with a warning in the console — the rest of
 * the catalogue still works.
 */
import { backendReady } from '../backend-ready.js';
import { checkContract, type CatalogProblem } from './catalog-contract.js';
import type { Catalog, Service } from './catalog-types.js';
import { formEngine, type FormEngine } from './form-validator.js';

export type { CatalogProblem } from './catalog-contract.js';

export interface SkippedService {
  index: number;
  id: string | null;
  reason: 'contract' | 'unknown-category' | 'duplicate-id' | 'form-schema';
  problems: CatalogProblem[];
}

export type CatalogResult =
  | { ok: true; catalog: Catalog; skipped: SkippedService[] }
  | { ok: false; problems: CatalogProblem[] };

const TIMEOUT_MS = 15_000;

/** `url` made absolute against `base`, keeping a literal `{receipt}` in the path. */
function absolute(url: string, base: string): string {
  return new URL(url, base).href.replace(/%7Breceipt%7D/gi, '{receipt}');
}

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/** The catalogue from its parsed JSON; pure apart from compiling the forms with `engine`. */
export function parseCatalog(
  document: unknown,
  baseUrl: string,
  engine: FormEngine,
): CatalogResult {
  const { catalogProblems, serviceProblems } = checkContract(document);
  if (catalogProblems.length > 0) return { ok: false, problems: catalogProblems };
  const raw = document as Catalog;
  const categories = new Set(raw.categories.map((category) => category.id));
  const seen = new Set<string>();
  const skipped: SkippedService[] = [];
  const services: Service[] = [];
  raw.services.forEach((service, index) => {
    const skip = (reason: SkippedService['reason'], problems: CatalogProblem[] = []) =>
      skipped.push({ index, id: idOf(service), reason, problems });
    const problems = serviceProblems.get(index);
    if (problems) return skip('contract', problems);
    if (!categories.has(service.category)) return skip('unknown-category');
    if (seen.has(service.id)) return skip('duplicate-id');
    try {
      engine.validator(service.form);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return skip('form-schema', [
        { pointer: `/services/${index}/form/schema`, code: 'compile', params: { message } },
      ]);
    }
    seen.add(service.id);
    services.push({
      ...service,
      submitUrl: absolute(service.submitUrl, baseUrl),
      statusUrl: absolute(service.statusUrl, baseUrl),
    });
  });
  for (const skip of skipped) {
    console.warn(
      `[hearth:services] service ${skip.id ?? `#${skip.index}`} left out: ${skip.reason}`,
    );
  }
  return { ok: true, catalog: { ...raw, services }, skipped };
}

const failure = (code: string, params: Record<string, unknown> = {}): CatalogResult => ({
  ok: false,
  problems: [{ pointer: '', code, params }],
});

/**
 * Fetches and checks the catalogue at `url` (config.sources.services.catalogUrl).
 * `fresh` skips the service worker's kept copy (a retry after a bad answer).
 */
export async function loadCatalog(
  url: string,
  { fresh = false }: { fresh?: boolean } = {},
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<CatalogResult> {
  await backendReady();
  const base = new URL(url, globalThis.location?.href).href;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let document: unknown;
  try {
    const response = await fetchImpl(base, {
      headers: { Accept: 'application/json' },
      cache: fresh ? 'reload' : 'default',
      signal: controller.signal,
    });
    if (!response.ok) return failure('http', { status: response.status });
    try {
      document = await response.json();
    } catch {
      return failure('not-json');
    }
  } catch {
    return failure('network');
  } finally {
    clearTimeout(timer);
  }
  return parseCatalog(document, base, await formEngine());
}

export function findService(catalog: Catalog, id: string): Service | undefined {
  return catalog.services.find((service) => service.id === id);
}

export function servicesInCategory(catalog: Catalog, categoryId: string): Service[] {
  return catalog.services.filter((service) => service.category === categoryId);
}
