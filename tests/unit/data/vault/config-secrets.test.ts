import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SEALED_MARKER, withSecretsMarked } from '@src/config/secret-fields';
import { withConfigSecrets } from '@src/data/vault/config-secrets';
import { forgetVaultKey } from '@src/data/vault/vault';
import { sharedFakeDb } from '../outbox/fake-local-db';

vi.mock('@src/data/local-db', () => import('../outbox/fake-local-db').then((m) => m.mockModule));

const OPERATOR = 'http://127.0.0.1:4180/config.json';
const STRANGER = 'http://127.0.0.1:9911/hearth.json';

const config = (homeUrl: string, token: string) => ({
  sources: {
    home: { url: homeUrl, token },
    health: { fhirBaseUrl: 'http://127.0.0.1:8080/r4', token: 'fhir-secret' },
  },
});

/** The operator's config read online once: its tokens are sealed in the background. */
async function readOnline(url: string, value: ReturnType<typeof config>) {
  const before = JSON.stringify([...sharedFakeDb.store('sw-settings').values()]);
  await withConfigSecrets(value, url);
  await vi.waitFor(() =>
    expect(JSON.stringify([...sharedFakeDb.store('sw-settings').values()])).not.toBe(before),
  );
}

beforeEach(() => {
  sharedFakeDb.clear();
  forgetVaultKey();
});

describe('config secrets kept on the TV', () => {
  it('come back for an offline start of the same config naming the same servers', async () => {
    await readOnline(OPERATOR, config('http://127.0.0.1:8123', 'ha-secret'));
    const offline = withSecretsMarked(config('http://127.0.0.1:8123', 'ha-secret'));
    expect(await withConfigSecrets(offline, OPERATOR)).toEqual(
      config('http://127.0.0.1:8123', 'ha-secret'),
    );
  });

  it('are not handed to a config from another host that asks for them', async () => {
    await readOnline(OPERATOR, config('http://127.0.0.1:8123', 'ha-secret'));
    const lure = withSecretsMarked(config('http://127.0.0.1:8123', 'x'));
    const result = await withConfigSecrets(lure, STRANGER);
    expect(result.sources.home.token).toBe(SEALED_MARKER);
    expect(result.sources.health.token).toBe(SEALED_MARKER);
  });

  it('are not handed to another server named in the same place', async () => {
    await readOnline(OPERATOR, config('http://127.0.0.1:8123', 'ha-secret'));
    const moved = withSecretsMarked(config('http://127.0.0.1:9912', 'x'));
    const result = await withConfigSecrets(moved, OPERATOR);
    expect(result.sources.home.token).toBe(SEALED_MARKER);
    // The FHIR server is still the one its token was given for.
    expect(result.sources.health.token).toBe('fhir-secret');
  });

  it("survive a stranger's config with tokens of its own", async () => {
    await readOnline(OPERATOR, config('http://127.0.0.1:8123', 'ha-secret'));
    await readOnline(STRANGER, config('http://127.0.0.1:9913', 'their-token'));
    const offline = withSecretsMarked(config('http://127.0.0.1:8123', 'x'));
    expect((await withConfigSecrets(offline, OPERATOR)).sources.home.token).toBe('ha-secret');
  });
});
