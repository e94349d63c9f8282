/**
 * Turns a guide's bytes (a fetch body) into text chunks for the scanner,
 * without ever holding the whole file:
 *
 * - gzip is recognised by its magic bytes (1f 8b), because guides are often
 *   published as `guide.xml.gz` and served without `Content-Encoding` (a body
 *   the browser already decompressed has no such bytes, so it is not
 *   decompressed twice) and is inflated with `DecompressionStream`;
 * - the character set is taken the way an XML reader does: a byte-order mark,
 *   else the XML declaration's `encoding` (ISO-8859-1, windows-1252, GB2312,
 *   GBK, GB18030… whatever TextDecoder knows), else UTF-8;
 * - text is decoded in streaming mode, so a character split between two
 *   network chunks comes out whole;
 * - the bytes downloaded and the bytes of XML they inflate to are capped
 *   (guide-limits.ts): at a cap the text up to it has been yielded, the body
 *   is cancelled and a GuideTooLargeError is thrown, so a gzip bomb stops
 *   while it inflates.
 *
 * It reads with `getReader()` rather than `for await` over the stream, which
 * older TV engines do not support.
 */
import { concatBytes } from '../concat-bytes.js';
import { GUIDE_LIMITS, GuideTooLargeError } from './guide-limits.js';

/** Enough to see `<?xml version="1.0" encoding="…"?>` after a byte-order mark. */
const SNIFF_BYTES = 512;

/**
 * Compressed bytes go to the inflater in pieces no bigger than this. Some
 * engines inflate a whole input chunk before the reader can take any of it,
 * and deflate packs up to about 1,000 bytes into one: a 64 kB network chunk
 * of a bomb would be 64 MB at once, a 4 kB piece is at most 4 MB.
 */
const INFLATE_PIECE = 4096;

/** What is read here of a stream's reader (a reader, or one counting what passes). */
interface ByteReader {
  read(): Promise<ReadableStreamReadResult<Uint8Array>>;
  cancel(reason?: unknown): Promise<void>;
}

export interface DecodeLimits {
  /** Bytes read from the body, as they arrive. */
  downloadBytes: number;
  /** Bytes of text after gzip is undone. */
  xmlBytes: number;
}

/**
 * `reader`, ending after `max` bytes: the part of a chunk up to the cap is
 * passed on, the body is cancelled, and `onCap` is called.
 */
function cappedReader(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  max: number,
  onCap: () => void,
): ByteReader {
  let read = 0;
  let capped = false;
  return {
    async read() {
      if (capped) return { done: true, value: undefined };
      const result = await reader.read();
      if (result.done) return result;
      read += result.value.length;
      if (read <= max) return result;
      capped = true;
      onCap();
      await reader.cancel().catch(() => undefined);
      const keep = result.value.length - (read - max);
      return keep > 0
        ? { done: false, value: result.value.subarray(0, keep) }
        : { done: true, value: undefined };
    },
    cancel: (reason?: unknown) => (capped ? Promise.resolve() : reader.cancel(reason)),
  };
}

async function readAtLeast(reader: ByteReader, head: Uint8Array[], bytes: number): Promise<number> {
  let have = head.reduce((sum, chunk) => sum + chunk.length, 0);
  while (have < bytes) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.length === 0) continue;
    head.push(value);
    have += value.length;
  }
  return have;
}

/** A stream that yields `head` and then the rest of `reader`, in pieces of INFLATE_PIECE at most. */
function replay(head: Uint8Array[], reader: ByteReader) {
  let chunk: Uint8Array | undefined;
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (!chunk || at >= chunk.length) {
        chunk = head.shift();
        at = 0;
        if (chunk) continue;
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        chunk = value;
      }
      const piece = chunk.subarray(at, at + INFLATE_PIECE);
      at += piece.length;
      controller.enqueue(piece);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The encoding label to decode with: a byte-order mark, the XML declaration, or UTF-8. */
export function sniffXmlEncoding(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // The declaration is ASCII in every encoding accepted here, so reading it as Latin-1 is safe.
  let text = '';
  for (let i = 0; i < head.length && i < SNIFF_BYTES; i++) text += String.fromCharCode(head[i]!);
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text)?.[1];
  return declared ?? 'utf-8';
}

function createDecoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    throw new Error(`the guide is in an unsupported character set "${label}"`);
  }
}

/**
 * Decodes a guide body into text chunks, decompressing gzip and honouring the
 * declared encoding. Cancelling the iteration (return/break) cancels the body.
 * Past a cap (`limits`, by default GUIDE_LIMITS) it yields the text up to the
 * cap, cancels the body and throws a GuideTooLargeError.
 */
export async function* decodeGuideStream(
  body: ReadableStream<Uint8Array>,
  limits: DecodeLimits = GUIDE_LIMITS,
): AsyncGenerator<string, void, undefined> {
  let tooLarge: GuideTooLargeError | undefined;
  const downloaded = cappedReader(body.getReader(), limits.downloadBytes, () => {
    tooLarge = new GuideTooLargeError('download', limits.downloadBytes);
  });
  let reader: ByteReader = downloaded;
  const head: Uint8Array[] = [];
  await readAtLeast(reader, head, 2);
  const first = head[0];
  if (first && first[0] === 0x1f && (first.length > 1 ? first[1] : head[1]?.[0]) === 0x8b) {
    if (typeof DecompressionStream !== 'function') {
      await reader.cancel();
      throw new Error(
        'the guide is gzip-compressed and this TV cannot decompress it; serve it uncompressed or with Content-Encoding: gzip',
      );
    }
    const inflated = replay(head.splice(0), downloaded).pipeThrough(
      new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    );
    reader = inflated.getReader();
  }
  let completed = false;
  try {
    const length = await readAtLeast(reader, head, SNIFF_BYTES);
    let start = concatBytes(head, length);
    let xmlBytes = start.length;
    let xmlCapped = xmlBytes > limits.xmlBytes;
    if (xmlCapped) start = start.subarray(0, limits.xmlBytes);
    const decoder = createDecoder(sniffXmlEncoding(start));
    const text = decoder.decode(start, { stream: true });
    if (text !== '') yield text;
    while (!xmlCapped) {
      const { done, value } = await reader.read();
      if (done) break;
      xmlBytes += value.length;
      xmlCapped = xmlBytes > limits.xmlBytes;
      const bytes = xmlCapped
        ? value.subarray(0, value.length - (xmlBytes - limits.xmlBytes))
        : value;
      const chunk = decoder.decode(bytes, { stream: true });
      if (chunk !== '') yield chunk;
    }
    if (xmlCapped) tooLarge ??= new GuideTooLargeError('xml', limits.xmlBytes);
    if (tooLarge) throw tooLarge;
    const rest = decoder.decode();
    if (rest !== '') yield rest;
    completed = true;
  } catch (error) {
    // An inflater cut off at the download cap fails on its truncated input: the cap is the cause.
    throw tooLarge ?? error;
  } finally {
    if (!completed) {
      await reader.cancel().catch(() => undefined);
      // Through the inflater, cancelling reaches the body only after its pending write: now, at once.
      if (reader !== downloaded) await downloaded.cancel().catch(() => undefined);
    }
  }
}
