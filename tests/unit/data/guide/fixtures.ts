// Reads the XMLTV fixtures (copies of shared/fixtures/epg, hosts rewritten to
// loopback) from disk; they are only read, never fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import type { GuideChannel, Programme } from '@src/data/guide/guide-types.js';
import { createXmltvParser } from '@src/data/guide/xmltv-scanner.js';

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

const MINUTE = 60_000;
const MARCH_2025 = Date.UTC(2025, 2, 1);

/** An XMLTV time for `ms`, in UTC. */
function xmltvTime(ms: number): string {
  return `${new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14)} +0000`;
}

/**
 * The text of a guide of `count` distinct programmes (a minute each, on
 * `channels` channels in turn), in pieces of about 64 kB, made as it is read:
 * a test can stream a guide of any size without holding it. `made.programmes`
 * counts the programmes handed out so far.
 */
export function generatedGuide(count: number, channels = 600) {
  const made = { programmes: 0 };
  const times: string[] = [];
  const time = (minute: number) => (times[minute] ??= xmltvTime(MARCH_2025 + minute * MINUTE));
  function* pieces(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<tv>\n';
    let piece = '';
    for (let i = 0; i < count; i++) {
      const minute = Math.floor(i / channels);
      piece += `  <programme start="${time(minute)}" stop="${time(minute + 1)}" channel="c${i % channels}"><title lang="zh">节目 ${i}</title></programme>\n`;
      made.programmes = i + 1;
      if (piece.length >= 65_536) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}</tv>\n`;
  }
  return { pieces, made };
}

/** `pieces` as UTF-8 bytes, one piece per pull, as a plain fetch body arrives. */
export function textStream(
  pieces: Iterable<string>,
  onCancel: () => void = () => undefined,
): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel: onCancel,
  });
}

/**
 * `pieces` gzipped as they are made, as a fetch body: backpressure keeps the
 * text and the compressed bytes to a few chunks at a time.
 */
export function gzipStream(pieces: Iterable<string>, level = 1): ReadableStream<Uint8Array> {
  const gzip = Readable.from(pieces).pipe(createGzip({ level }));
  return Readable.toWeb(gzip) as unknown as ReadableStream<Uint8Array>;
}

/** All of `pieces` gzipped, collected (small when the text repeats: a gzip bomb). */
export async function gzipBytes(pieces: Iterable<string>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  const reader = gzipStream(pieces, 9).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
