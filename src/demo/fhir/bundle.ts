/**
 * Search results as a FHIR searchset Bundle, paged: `_count` per page (20 by
 * default, at most 100) and `_offset` for where the page starts. The `next` and
 * `previous` links repeat the request with another offset, so a client follows
 * them without knowing how the server pages.
 */
import type { Bundle, FhirResource } from './fhir-types';

export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export interface Page {
  offset: number;
  count: number;
}

function nonNegativeInteger(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

export function pageOf(url: URL): Page {
  const count = Math.min(
    nonNegativeInteger(url.searchParams.get('_count')) ?? DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
  );
  const offset = nonNegativeInteger(url.searchParams.get('_offset')) ?? 0;
  return { offset, count };
}

function linkAt(url: URL, offset: number, count: number): string {
  const link = new URL(url.href);
  link.searchParams.set('_count', String(count));
  link.searchParams.set('_offset', String(offset));
  return link.href;
}

let bundleNumber = 0;

export function searchsetBundle(options: {
  url: URL;
  /** Where resources live, for `fullUrl`: `https://host/demo-api/fhir`. */
  serviceBase: string;
  matches: readonly FhirResource[];
  includes: (page: readonly FhirResource[]) => FhirResource[];
  lastUpdated: string;
}): Bundle {
  const { url, serviceBase, matches } = options;
  const { offset, count } = pageOf(url);
  const page = matches.slice(offset, offset + count);
  const fullUrl = (resource: FhirResource): string =>
    `${serviceBase}/${resource.resourceType}/${resource.id ?? ''}`;
  const link = [{ relation: 'self', url: url.href }];
  if (offset + count < matches.length) {
    link.push({ relation: 'next', url: linkAt(url, offset + count, count) });
  }
  if (offset > 0) {
    link.push({ relation: 'previous', url: linkAt(url, Math.max(0, offset - count), count) });
  }
  bundleNumber += 1;
  return {
    resourceType: 'Bundle',
    id: `searchset-${bundleNumber}`,
    meta: { lastUpdated: options.lastUpdated },
    type: 'searchset',
    total: matches.length,
    link,
    entry: [
      ...page.map((resource) => ({
        fullUrl: fullUrl(resource),
        resource,
        search: { mode: 'match' as const },
      })),
      ...options.includes(page).map((resource) => ({
        fullUrl: fullUrl(resource),
        resource,
        search: { mode: 'include' as const },
      })),
    ],
  };
}
