/**
 * Reading the packages back the way a TV or a store would: an `ar` archive
 * (webOS .ipk), a zip (Tizen .wgt), a gzipped tar (RDK bundle).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

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

/** The regular files of a (gzipped) tar, by path. */
export function readTar(bytes: Buffer): Files {
  const tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const files: Files = new Map();
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (from: number, length: number) =>
      header
        .subarray(from, from + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '')
      files.set(name.replace(/^\.\//, ''), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
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
