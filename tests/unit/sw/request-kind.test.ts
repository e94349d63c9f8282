import { describe, expect, it } from 'vitest';
import { EMPTY_ROUTING_TABLE, requestKind, type RoutingTable } from '@src/sw/request-kind.js';

const ORIGIN = 'http://127.0.0.1:4173';
const table: RoutingTable = {
  publicData: ['http://iptv.example.org/list.m3u', 'http://iptv.example.org/epg.xml'],
  liveData: ['http://alerts.example.org/feed.xml'],
  personal: ['http://fhir.example.org/r4', 'http://[::1]:8123'],
  publicConfig: ['http://operator.example.org/hearth.json'],
};

const kind = (url: string, init: { method?: string; destination?: string; auth?: boolean } = {}) =>
  requestKind(
    {
      url: new URL(url),
      method: init.method ?? 'GET',
      destination: init.destination ?? '',
      hasCredentials: init.auth ?? false,
      origin: ORIGIN,
    },
    table,
  );

describe('which caching rule a request gets', () => {
  it('never caches anything personal or carrying credentials', () => {
    expect(kind('http://fhir.example.org/r4/Appointment?patient=1')).toBe('personal');
    expect(kind('http://[::1]:8123/api/states')).toBe('personal');
    expect(kind('http://iptv.example.org/list.m3u', { auth: true })).toBe('personal');
  });

  it('matches personal bases on path-segment boundaries, and public data document by document', () => {
    expect(kind('http://fhir.example.org/r4')).toBe('personal');
    expect(kind('http://fhir.example.org/r4?_format=json')).toBe('personal');
    // Another service that merely starts with the same letters is not the FHIR server.
    expect(kind('http://fhir.example.org/r4-public/leaflet.json')).toBe('network');
    const gateway: RoutingTable = {
      ...table,
      publicData: ['http://127.0.0.1:8090/services', 'http://127.0.0.1:8090/schemas/'],
    };
    const at = (url: string) =>
      requestKind(
        {
          url: new URL(url),
          method: 'GET',
          destination: '',
          hasCredentials: false,
          origin: ORIGIN,
        },
        gateway,
      );
    expect(at('http://127.0.0.1:8090/services')).toBe('public');
    expect(at('http://127.0.0.1:8090/services?region=110105')).toBe('public');
    expect(at('http://127.0.0.1:8090/schemas/library-card.json')).toBe('public');
    // A household's application under the catalogue's address is not public data.
    expect(at('http://127.0.0.1:8090/services/applications/R123')).toBe('network');
    expect(at('http://127.0.0.1:8090/services-status/R123')).toBe('network');
  });

  it('serves public data stale-while-revalidate and warnings network-first', () => {
    expect(kind('http://iptv.example.org/epg.xml')).toBe('public');
    expect(kind('http://alerts.example.org/feed.xml')).toBe('live');
  });

  it('keeps the operator config network-first, and one from ?config= like public data', () => {
    expect(kind(`${ORIGIN}/config.json`)).toBe('config');
    expect(kind('http://operator.example.org/hearth.json')).toBe('public');
  });

  it('streams video and leaves writes to the network', () => {
    expect(kind('http://iptv.example.org/live/ch1.m3u8')).toBe('network');
    expect(kind('http://iptv.example.org/live/seg-1.ts')).toBe('network');
    expect(kind('http://iptv.example.org/list.m3u', { method: 'POST' })).toBe('network');
  });

  it('caches logos and posters', () => {
    expect(kind('http://logos.example.org/cctv1.png')).toBe('asset');
    expect(kind('http://img.example.org/poster', { destination: 'image' })).toBe('asset');
  });

  it('knows nothing of any backend until told (the production worker has no demo paths)', () => {
    const url = new URL(`${ORIGIN}/demo-api/fhir/Appointment`);
    expect(
      requestKind(
        { url, method: 'GET', destination: '', hasCredentials: false, origin: ORIGIN },
        EMPTY_ROUTING_TABLE,
      ),
    ).toBe('network');
  });
});
