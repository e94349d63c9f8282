import { describe, expect, it } from 'vitest';
import {
  hasMarkedSecrets,
  SEALED_MARKER,
  secretsIn,
  withSecretsMarked,
  withSecretsRestored,
} from '@src/config/secret-fields.js';

const config = {
  operator: { name: 'Op', theme: { accent: '#fff' } },
  sources: {
    home: { url: 'http://[::1]:8123', token: 'ha-secret' },
    health: {
      fhirBaseUrl: 'https://fhir.example.org',
      patient: 'Patient/1',
      token: 'fhir/~secret',
    },
    alerts: { feedUrls: ['https://a.example.org/feed'] },
  },
};

describe('config tokens kept out of the cached copy', () => {
  it('marks every token and nothing else', () => {
    const marked = withSecretsMarked(config);
    expect(marked.sources.home.token).toBe(SEALED_MARKER);
    expect(marked.sources.health.token).toBe(SEALED_MARKER);
    expect(marked.sources.home.url).toBe('http://[::1]:8123');
    expect(JSON.stringify(marked)).not.toMatch(/ha-secret|fhir\/~secret/);
    expect(hasMarkedSecrets(marked)).toBe(true);
    expect(hasMarkedSecrets(config)).toBe(false);
  });

  it('puts the kept tokens back where they were', () => {
    const kept = secretsIn(config);
    expect(Object.keys(kept)).toEqual(['/sources/home/token', '/sources/health/token']);
    expect(withSecretsRestored(withSecretsMarked(config), kept)).toEqual(config);
  });

  it('leaves a marker when no token was kept for it, so the area can say it cannot sign in', () => {
    const restored = withSecretsRestored(withSecretsMarked(config), {});
    expect(restored.sources.home.token).toBe(SEALED_MARKER);
  });
});
