/**
 * A FHIR server made of the official HL7 R4 examples, as a `fetch` function:
 * each route answers with a searchset Bundle of fixture resources (paged when
 * asked) and records what the client sent.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bundle, FhirResource } from 'fhir/r4';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export const BASE = 'https://fhir.example.org/r4';
export const TOKEN = 'secret-token-for-tests';

export function fixture<T = FhirResource>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as T;
}

export function searchset(
  matches: readonly FhirResource[],
  included: readonly FhirResource[] = [],
  next?: string,
): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: [
      ...matches.map((resource) => ({ resource, search: { mode: 'match' as const } })),
      ...included.map((resource) => ({ resource, search: { mode: 'include' as const } })),
    ],
  };
}

export interface SentRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: unknown;
}

export type Route = (request: SentRequest) => Response | Promise<Response>;

export const fhirJson = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/fhir+json', ...headers },
  });

/** A fetch that answers by `route` and keeps every request in `sent`. */
export function fakeFetch(route: Route): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: SentRequest = {
      url: new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      ),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body,
    };
    sent.push(request);
    return route(request);
  };
  return { fetch: fake as typeof fetch, sent };
}
