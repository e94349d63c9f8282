// Reads the XMLTV fixtures (copies of shared/fixtures/epg, hosts rewritten to
// loopback) from disk; they are only read, never fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GuideChannel, Programme } from '../../../../src/data/guide/guide-types.js';
import { createXmltvParser } from '../../../../src/data/guide/xmltv-scanner.js';

const FIXTURES = new URL('../../../fixtures/epg/', import.meta.url);

export function xmltvFixtureNames(): string[] {
  return readdirSync(fileURLToPath(FIXTURES))
    .filter((name) => name.endsWith('.xml'))
    .sort();
}

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(name, FIXTURES))));
}

/** A UTF-8 fixture as text (the ISO-8859-1 one goes through decodeGuideStream instead). */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');
}

export interface Scanned {
  channels: GuideChannel[];
  programmes: Programme[];
}

/** What the scanner hands its sink for these chunks. */
export function scan(chunks: Iterable<string>): Scanned {
  const scanned: Scanned = { channels: [], programmes: [] };
  const parser = createXmltvParser({
    channel: (c) => scanned.channels.push(c),
    programme: (p) => scanned.programmes.push(p),
  });
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return scanned;
}

/** A ReadableStream of `bytes`, cut into pieces of `size` bytes (as a fetch body arrives). */
export function byteStream(bytes: Uint8Array, size = 64): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

export async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of iterable) out.push(chunk);
  return out;
}

/** Epoch ms of an ISO time, for readable expectations. */
export const at = (iso: string): number => Date.parse(iso);
