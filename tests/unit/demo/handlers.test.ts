import { readFileSync } from 'node:fs';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHANNELS } from '@src/demo/channels/channel-list';
import { DEMO_ENDPOINTS, DEMO_FHIR_TOKEN } from '@src/demo/endpoints';
import { createDemoHandlers } from '@src/demo/handlers';
import { ORIGIN, TUESDAY_MORNING, startDemoServer, url, type DemoServer } from './demo-server';

/**
 * Absolute http(s) URIs the demo data may hold: namespaces and code-system
 * identifiers that no client fetches. Anything else would point a TV at a
 * real host.
 */
const IDENTIFIER_URIS = new Set([
  'http://www.w3.org/2005/Atom',
  'http://www.w3.org/2000/svg',
  'https://json-schema.org/draft/2020-12/schema',
  'http://snomed.info/sct',
  'http://terminology.hl7.org/CodeSystem/practitioner-role',
  'http://hl7.org/fhir/StructureDefinition/translation',
]);

let demo: DemoServer;
beforeAll(() => {
  demo = startDemoServer({ now: () => TUESDAY_MORNING });
});
afterAll(() => demo.close());

describe('demo handlers', () => {
  it('match relative to the page origin: unmatched in Node, answered when msw is given a base URL', async () => {
    const handlers = createDemoHandlers({ now: () => TUESDAY_MORNING });
    const request = (): Request => new Request(url(DEMO_ENDPOINTS.playlist));

    const withoutBase = await getResponse(handlers, request());
    // In a page or a service worker msw takes the base from `location`.
    const withBase = await getResponse(handlers, request(), { baseUrl: ORIGIN });
    const otherHost = await getResponse(
      handlers,
      new Request(`http://127.0.0.2:4173${DEMO_ENDPOINTS.playlist}`),
      {
        baseUrl: ORIGIN,
      },
    );

    expect(withoutBase).toBeUndefined();
    expect(withBase?.status).toBe(200);
    expect(otherHost).toBeUndefined();
  });

  it('name no outside host anywhere in the demo data', async () => {
    const fhirHeaders = { Authorization: `Bearer ${DEMO_FHIR_TOKEN}` };
    const documents: string[] = [];
    const get = async (path: string, init?: RequestInit): Promise<void> => {
      documents.push(await (await fetch(url(path), init)).text());
    };
    await get(DEMO_ENDPOINTS.playlist);
    await get(DEMO_ENDPOINTS.guide);
    await get(DEMO_ENDPOINTS.serviceCatalog);
    await get(DEMO_ENDPOINTS.alertsFeed);
    for (const href of documents[3]?.match(/\/demo-api\/alerts\/cap\/[^"]+\.xml/g) ?? [])
      await get(href);
    for (const type of [
      'HealthcareService',
      'Practitioner',
      'PractitionerRole',
      'Schedule',
      'Slot',
      'Patient',
    ]) {
      await get(`${DEMO_ENDPOINTS.fhirBase}/${type}?_count=100`, { headers: fhirHeaders });
    }
    for (const channel of DEMO_CHANNELS)
      documents.push(readFileSync(`public/demo/logos/${channel.id}.svg`, 'utf8'));
    documents.push(readFileSync(`public${DEMO_ENDPOINTS.stream}`, 'utf8'));

    const absolute = new Set(
      documents.flatMap((text) => text.match(/https?:\/\/[^\s"'<>|,)]+/g) ?? []),
    );
    const outside = [...absolute].filter(
      (uri) => !IDENTIFIER_URIS.has(uri) && new URL(uri).origin !== ORIGIN,
    );

    expect(documents.length).toBeGreaterThan(40);
    expect(outside).toEqual([]);
  });
});
