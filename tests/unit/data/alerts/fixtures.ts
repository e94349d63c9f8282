// Reads the CAP fixtures (copies of shared/fixtures/cap, hosts rewritten to
// loopback) from disk; they are only read, never fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Copies of shared/fixtures/cap/ kept in the repo, so a clone runs the tests on its own.
const FIXTURES = new URL('../../../fixtures/cap/', import.meta.url);

export function fixtureNames(): string[] {
  return readdirSync(fileURLToPath(FIXTURES))
    .filter((name) => name !== 'README.md')
    .sort();
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(name, FIXTURES))));
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');
}
