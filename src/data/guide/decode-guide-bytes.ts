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
 *   network chunks comes out whole.
 *
 * It reads with `getReader()` rather than `for await` over the stream, which
 * older TV engines do not support.
 */
import { concatBytes } from '../concat-bytes.js';

/** Enough to see `<?xml version="1.0" encoding="…"?>` after a byte-order mark. */
const SNIFF_BYTES = 512;

async function readAtLeast(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  head: Uint8Array[],
  bytes: number,
): Promise<number> {
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

/** A stream that yields `head` and then the rest of `reader`. */
function replay(head: Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>) {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const first = head.shift();
      if (first) {
        controller.enqueue(first);
        return;
      }
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
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
 */
export async function* decodeGuideStream(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<string, void, undefined> {
  let reader = body.getReader();
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
    const inflated = replay(head.splice(0), reader).pipeThrough(
      new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    );
    reader = inflated.getReader();
  }
  const length = await readAtLeast(reader, head, SNIFF_BYTES);
  let completed = false;
  try {
    const start = concatBytes(head, length);
    const decoder = createDecoder(sniffXmlEncoding(start));
    const text = decoder.decode(start, { stream: true });
    if (text !== '') yield text;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = decoder.decode(value, { stream: true });
      if (chunk !== '') yield chunk;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
    completed = true;
  } finally {
    if (!completed) await reader.cancel().catch(() => undefined);
  }
}
