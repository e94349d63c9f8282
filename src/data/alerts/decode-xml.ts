/**
 * Turns fetched bytes into text the way an XML reader would: a byte-order mark
 * wins, then the encoding named in the XML declaration, else UTF-8 (the XML
 * default). Older CAP senders still declare ISO-8859-1, and Chinese ones may
 * declare GB2312/GBK; TextDecoder knows all of these.
 */
import { CapParseError } from './safe-xml.js';

function bomEncoding(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return null;
}

/** Decodes an XML document's bytes, honouring its declared encoding. */
export function decodeXml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.label).decode(bytes.subarray(bom.skip));
  // The declaration is ASCII in every encoding we accept, so reading it as Latin-1 is safe.
  const head = new TextDecoder('iso-8859-1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    throw new CapParseError(`unsupported encoding "${declared ?? ''}"`);
  }
  return decoder.decode(bytes);
}
