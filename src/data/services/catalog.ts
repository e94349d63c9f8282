/**
 * Loading the operator's service catalogue: fetched (at most
 * CATALOG_LIMITS.bytes), measured (depth and number of values, before anything
 * recursive reads it), checked against the contract, its URLs made absolute
 * (relative ones resolve against the catalogue's URL), and each form compiled
 * once. A service that breaks the contract, names an unknown category, repeats
 * an id, whose form schema does not compile, or whose patterns could freeze the
 * TV is left out with a warning in the console and named on screen — the rest
 * of the catalogue still works. Nothing here throws: every failure is a problem.
 */
import { backendReady } from '../backend-ready.js';
import { readCappedBody } from '../read-capped-body.js';
import { checkContract, type CatalogProblem } from './catalog-contract.js';
import { CATALOG_LIMITS, catalogSizeProblem, UnsafeSchemaError } from './catalog-limits.js';
import type { Catalog, Service } from './catalog-types.js';
import { formEngine, type FormEngine } from './form-validator.js';
import type { TextInput } from './localized.js';
import { normaliseCatalogHead, normaliseService, type RawCatalog } from './normalise-catalog.js';
import { patternBudget } from './pattern-safety.js';

export type { CatalogProblem } from './catalog-contract.js';

export interface SkippedService {
  index: number;
  id: string | null;
  /** The service's title when it has one, to name it on screen. */
  title: TextInput | null;
  /** Its theme when it names one, to count it there ("N 项服务暂时无法显示"). */
  category: string | null;
  /** 'unsafe-schema': a pattern that could freeze the TV (catalog-limits.ts). */
  reason: 'contract' | 'unknown-category' | 'duplicate-id' | 'form-schema' | 'unsafe-schema';
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

function titleOf(value: unknown): TextInput | null {
  const title = (value as { title?: unknown } | null)?.title;
  return title && (typeof title === 'object' || typeof title === 'string')
    ? (title as TextInput)
    : null;
}

function categoryOf(value: unknown): string | null {
  const category = (value as { category?: unknown } | null)?.category;
  return typeof category === 'string' ? category : null;
}

/**
 * The catalogue from its parsed JSON; pure apart from compiling the forms with
 * `engine`. A document too deep or too big is refused before anything else.
 */
export function parseCatalog(
  document: unknown,
  baseUrl: string,
  engine: FormEngine,
): CatalogResult {
  const tooBig = catalogSizeProblem(document);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const { catalogProblems, serviceProblems } = checkContract(document);
  if (catalogProblems.length > 0) return { ok: false, problems: catalogProblems };
  const raw = document as RawCatalog;
  const categories = new Set(raw.categories.map((category) => category.id));
  const seen = new Set<string>();
  const skipped: SkippedService[] = [];
  const services: Service[] = [];
  // One allowance for judging all the forms' patterns (pattern-safety.ts).
  const budget = patternBudget();
  raw.services.forEach((service, index) => {
    const skip = (reason: SkippedService['reason'], problems: CatalogProblem[] = []) =>
      skipped.push({
        index,
        id: idOf(service),
        title: titleOf(service),
        category: categoryOf(service),
        reason,
        problems,
      });
    const problems = serviceProblems.get(index);
    if (problems) return skip('contract', problems);
    if (!categories.has(service.category)) return skip('unknown-category');
    if (seen.has(service.id)) return skip('duplicate-id');
    const schemaPointer = `/services/${index}/form/schema`;
    try {
      engine.validator(service.form, budget);
    } catch (error) {
      if (error instanceof UnsafeSchemaError) {
        return skip(
          'unsafe-schema',
          error.problems.map((problem) => ({
            ...problem,
            pointer: schemaPointer + problem.pointer,
          })),
        );
      }
      const message = error instanceof Error ? error.message : String(error);
      return skip('form-schema', [
        { pointer: schemaPointer, code: 'compile', params: { message } },
      ]);
    }
    seen.add(service.id);
    services.push({
      ...normaliseService(service),
      submitUrl: absolute(service.submitUrl, baseUrl),
      statusUrl: absolute(service.statusUrl, baseUrl),
    });
  });
  for (const skip of skipped) {
    const why = skip.problems
      .slice(0, 3)
      .map((problem) => `${problem.pointer} ${problem.code} ${String(problem.params.reason ?? '')}`)
      .join('; ');
    console.warn(
      `[hearth:services] service ${skip.id ?? `#${skip.index}`} left out: ${skip.reason}`,
      why,
    );
  }
  const catalog: Catalog = { ...normaliseCatalogHead(raw), services };
  return { ok: true, catalog, skipped };
}

const failure = (code: string, params: Record<string, unknown> = {}): CatalogResult => ({
  ok: false,
  problems: [{ pointer: '', code, params }],
});

/**
 * Fetches and checks the catalogue at `url` (config.sources.services.catalogUrl).
 * `fresh` skips the service worker's kept copy (a retry after a bad answer).
 * Never rejects: a failure, the form engine's included, comes back as a problem.
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
    const body = await readCappedBody(response, CATALOG_LIMITS.bytes);
    if (!body) return failure('too-large', { limit: CATALOG_LIMITS.bytes });
    try {
      document = JSON.parse(new TextDecoder().decode(body));
    } catch {
      return failure('not-json');
    }
  } catch {
    return failure('network');
  } finally {
    clearTimeout(timer);
  }
  let engine: FormEngine;
  try {
    engine = await formEngine();
  } catch (error) {
    console.warn('[hearth:services] form engine not built:', error);
    return failure('engine');
  }
  try {
    return parseCatalog(document, base, engine);
  } catch (error) {
    console.error('[hearth:services] catalogue not checked:', error);
    const message = error instanceof Error ? error.message : String(error);
    return failure('unexpected', { message });
  }
}

export function findService(catalog: Catalog, id: string): Service | undefined {
  return catalog.services.find((service) => service.id === id);
}

export function servicesInCategory(catalog: Catalog, categoryId: string): Service[] {
  return catalog.services.filter((service) => service.category === categoryId);
}
