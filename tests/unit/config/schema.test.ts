import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnknownKeys, validateConfig } from 'virtual:config-validator';

const shipped = JSON.parse(readFileSync('public/config.json', 'utf8')) as Record<string, unknown>;

/** The shipped demo config with `patch` merged in (one level deep per key). */
function withPatch(patch: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(shipped), ...patch };
}

function paths(issues: { path: string }[]): string[] {
  return issues.map((issue) => issue.path);
}

describe('config.schema.json via the generated standalone validator', () => {
  it('accepts the shipped public/config.json without errors or warnings', () => {
    expect(validateConfig(shipped)).toEqual([]);
    expect(findUnknownKeys(shipped)).toEqual([]);
  });

  it('accepts an empty object (every field has a default)', () => {
    expect(validateConfig({})).toEqual([]);
  });

  it('accepts a fully specified config with every source', () => {
    const full = withPatch({
      operator: { name: 'Acme TV', logo: 'logo.svg', theme: { accent: '#0af' } },
      locale: 'en',
      sources: {
        channels: { playlistUrl: 'https://tv.example.org/list.m3u', guideUrl: 'guide.xml' },
        home: { url: 'http://[::1]:8123', token: 'secret-home-token' },
        health: {
          fhirBaseUrl: 'https://fhir.example.org/r4',
          patient: 'Patient/123',
          token: 'x1y2',
        },
        services: { catalogUrl: 'https://gov.example.org/catalog.json' },
        alerts: { feedUrls: ['https://cap.example.org/feed.xml'], pollSeconds: 10 },
      },
    });
    expect(validateConfig(full)).toEqual([]);
  });

  it('reports a bad accent colour at /operator/theme/accent', () => {
    const issues = validateConfig(withPatch({ operator: { theme: { accent: 'orange' } } }));
    expect(issues).toEqual([
      expect.objectContaining({ path: '/operator/theme/accent', keyword: 'pattern' }),
    ]);
  });

  it.each(['#abc', '#A1B2C3'])('accepts the accent %s', (accent) => {
    expect(validateConfig(withPatch({ operator: { theme: { accent } } }))).toEqual([]);
  });

  it.each(['#abcd', 'abc', '#ggg', '#abc '])('rejects the accent %j', (accent) => {
    expect(paths(validateConfig(withPatch({ operator: { theme: { accent } } })))).toEqual([
      '/operator/theme/accent',
    ]);
  });

  it('reports an unknown feature by its index', () => {
    const issues = validateConfig(withPatch({ features: ['watch', 'radio'] }));
    expect(issues).toEqual([expect.objectContaining({ path: '/features/1', keyword: 'enum' })]);
  });

  it('reports a duplicate feature at the later copy', () => {
    const issues = validateConfig(withPatch({ features: ['watch', 'home', 'watch'] }));
    expect(issues).toEqual([
      expect.objectContaining({ path: '/features/2', keyword: 'uniqueItems' }),
    ]);
  });

  it.each(['11010', '1101055', '11010a', 110105])('rejects the regionCode %j', (regionCode) => {
    const issues = validateConfig(withPatch({ location: { regionCode } }));
    expect(paths(issues)).toEqual(['/location/regionCode']);
  });

  it('reports out-of-range coordinates and a lat without lon', () => {
    const issues = validateConfig(withPatch({ location: { regionCode: '110105', lat: 91 } }));
    expect(issues.map(({ path, keyword }) => `${path} ${keyword}`).sort()).toEqual([
      '/location/lat maximum',
      '/location/lon dependencies',
    ]);
  });

  it('reports every wrong type by its path, not just the first', () => {
    const issues = validateConfig({
      operator: 'Acme',
      locale: 'fr',
      timeZone: 8,
      features: 'watch',
      sources: { alerts: { feedUrls: ['https://cap.example.org/'], pollSeconds: 15.5 } },
    });
    expect(issues.map(({ path, keyword }) => ({ path, keyword }))).toEqual([
      { path: '/operator', keyword: 'type' },
      { path: '/locale', keyword: 'enum' },
      { path: '/timeZone', keyword: 'type' },
      { path: '/features', keyword: 'type' },
      { path: '/sources/alerts/pollSeconds', keyword: 'type' },
    ]);
  });

  it('accepts home thresholds and reports one out of range at the field', () => {
    const home = { url: 'http://ha.example.org', token: 'abcd' };
    const thresholds = { pm25: 75, co2: 1000, temperatureHigh: 30, temperatureLow: 10 };
    expect(
      validateConfig(
        withPatch({
          sources: {
            home: { ...home, thresholds: { ...thresholds, humidityHigh: 70, humidityLow: 30 } },
          },
        }),
      ),
    ).toEqual([]);
    const issues = validateConfig(
      withPatch({ sources: { home: { ...home, thresholds: { humidityHigh: 120 } } } }),
    );
    expect(paths(issues)).toEqual(['/sources/home/thresholds/humidityHigh']);
  });

  it('reports a missing required field at the field itself', () => {
    const issues = validateConfig(
      withPatch({ sources: { home: { url: 'http://ha.example.org' } } }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: '/sources/home/token', keyword: 'required' }),
    ]);
  });

  it('reports pollSeconds below 10 and an empty feed list', () => {
    const issues = validateConfig(
      withPatch({ sources: { alerts: { feedUrls: [], pollSeconds: 9 } } }),
    );
    expect(paths(issues)).toEqual(['/sources/alerts/feedUrls', '/sources/alerts/pollSeconds']);
  });

  it('reports empty URL strings as errors', () => {
    const issues = validateConfig(withPatch({ sources: { services: { catalogUrl: '' } } }));
    expect(issues).toEqual([
      expect.objectContaining({ path: '/sources/services/catalogUrl', keyword: 'minLength' }),
    ]);
  });

  it('allows unknown keys in the schema and lists them, by path, as unknown', () => {
    const data = withPatch({
      operator: { name: 'Acme', colour: '#fff', theme: { accent: '#fff', dark: true } },
      extra: 1,
      sources: { home: { url: 'http://ha.example.org', token: 'abcd', tokn: 'x' } },
    });
    expect(validateConfig(data)).toEqual([]);
    expect(paths(findUnknownKeys(data))).toEqual([
      '/extra',
      '/operator/colour',
      '/operator/theme/dark',
      '/sources/home/tokn',
    ]);
  });

  it('escapes unknown key names in JSON pointers', () => {
    expect(paths(findUnknownKeys({ 'a/b~c': 1 }))).toEqual(['/a~1b~0c']);
  });

  it('never quotes values (tokens) in messages or params', () => {
    const data = {
      sources: { home: { url: 'http://ha.example.org', token: 12345678 }, x: 'sekrit-value' },
    };
    const all = JSON.stringify([...validateConfig(data), ...findUnknownKeys(data)]);
    expect(all).not.toContain('12345678');
    expect(all).not.toContain('sekrit-value');
  });
});
