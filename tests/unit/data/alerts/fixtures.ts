// Reads the shared CAP fixtures from disk; they are only read, never fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('../../../../../shared/fixtures/cap/', import.meta.url);

export function fixtureNames(): string[] {
  return readdirSync(fileURLToPath(FIXTURES)).sort();
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(name, FIXTURES))));
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');
}
