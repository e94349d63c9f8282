/**
 * Reading the packages back the way a TV or a store would: an `ar` archive
 * (webOS .ipk), a zip (Tizen .wgt), a gzipped tar (RDK bundle).
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { Parser } from 'tar';

export type Files = Map<string, Buffer>;

/** The members of a Unix `ar` archive, by name; throws on anything that is not one. */
export function readAr(bytes: Buffer): Files {
  if (bytes.subarray(0, 8).toString('latin1') !== '!<arch>\n') throw new Error('not an ar archive');
  const members: Files = new Map();
  let offset = 8;
  while (offset < bytes.length) {
    const header = bytes.subarray(offset, offset + 60).toString('latin1');
    if (header.slice(58, 60) !== '`\n') throw new Error(`bad ar header at ${offset}`);
    const name = header.slice(0, 16).trim().replace(/\/$/, '');
    const size = Number(header.slice(48, 58).trim());
    members.set(name, bytes.subarray(offset + 60, offset + 60 + size));
    offset += 60 + size + (size % 2);
  }
  return members;
}

/**
 * The regular files of a (gzipped) tar, by path, read with the `tar` library
 * the packager writes it with. Its parser and entries are synchronous streams:
 * everything has been read when end() returns.
 */
export function readTar(bytes: Buffer): Files {
  const files: Files = new Map();
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry) => {
      if (entry.type !== 'File') {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => files.set(entry.path.replace(/^\.\//, ''), Buffer.concat(chunks)));
    },
  });
  parser.on('error', (error: unknown) => {
    throw error;
  });
  parser.end(bytes);
  return files;
}

export function readZip(path: string): Files {
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return new Map(Object.entries(entries).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Width and height of a PNG, from its IHDR. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
