// Reads the channel-list fixtures (copies of shared/fixtures/epg, hosts rewritten
// to loopback) from disk; they are only read, never fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('../../../fixtures/epg/', import.meta.url);

export function m3uFixtureNames(): string[] {
  return readdirSync(fileURLToPath(FIXTURES))
    .filter((name) => name.endsWith('.m3u'))
    .sort();
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');
}
