import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { decodeGuideStream, sniffXmlEncoding } from '@src/data/guide/decode-guide-bytes.js';
import { GUIDE_MAX_XML_BYTES, GuideTooLargeError } from '@src/data/guide/guide-limits.js';
import {
  byteStream,
  collect,
  fixture,
  fixtureBytes,
  generatedGuide,
  gzipBytes,
  scan,
} from './fixtures.js';

const encode = (text: string) => new TextEncoder().encode(text);

async function decodeAll(bytes: Uint8Array, size?: number): Promise<string> {
  return (await collect(decodeGuideStream(byteStream(bytes, size)))).join('');
}

describe('decodeGuideStream', () => {
  it('decodes UTF-8 whose characters are split between network chunks', async () => {
    const name = 'iptv-org-epg-makrodigitaltelevision.com-content-nodecl.xml';

    // 7-byte pieces cut through many two-byte characters (á, é, í, ó).
    const text = await decodeAll(fixtureBytes(name), 7);

    expect(text).toBe(fixture(name));
    expect(scan([text]).programmes[2]!.title).toBe('Excélsior');
  });

  it('decodes the ISO-8859-1 fixture by its declaration', async () => {
    const bytes = fixtureBytes('xmltv-project-t-data-test_livre-iso8859-1.xml');

    const text = await decodeAll(bytes, 16);

    expect(bytes.includes(0xa3)).toBe(true); // the file really is Latin-1: £ is one byte
    expect(scan([text]).programmes[0]).toMatchObject({
      channelId: 'south-east.bbc1.bbc.co.uk',
      title: '£',
      start: Date.UTC(2001, 11, 11, 18),
    });
  });

  it('inflates gzip recognised by its magic bytes, even split between chunks', async () => {
    const name = 'iptv-org-epg-nzxmltv.com-content.xml';
    const gzipped = new Uint8Array(gzipSync(fixtureBytes(name)));

    expect(await decodeAll(gzipped, 1)).toBe(fixture(name));
    expect(await decodeAll(gzipped, 4096)).toBe(fixture(name));
  });

  it('inflates a gzipped Latin-1 guide and still honours its declaration', async () => {
    const gzipped = new Uint8Array(
      gzipSync(fixtureBytes('xmltv-project-t-data-test_livre-iso8859-1.xml')),
    );

    expect(scan([await decodeAll(gzipped)]).programmes[0]!.title).toBe('£');
  });

  it('decodes GB2312/GBK guides', async () => {
    // 中文 in GBK is d6 d0 ce c4.
    const head = encode(
      '<?xml version="1.0" encoding="GB2312"?><tv><channel id="c"><display-name>',
    );
    const tail = encode('</display-name></channel></tv>');
    const bytes = new Uint8Array([...head, 0xd6, 0xd0, 0xce, 0xc4, ...tail]);

    expect(scan([await decodeAll(bytes, 3)]).channels[0]!.names).toEqual([{ text: '中文' }]);
  });

  it('follows a byte-order mark over the declaration and removes it', async () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('<tv><channel id="é"/></tv>')]);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from('<tv/>', (c) => c.charCodeAt(0)).buffer),
    ]);

    expect(await decodeAll(utf8, 2)).toBe('<tv><channel id="é"/></tv>');
    expect(await decodeAll(utf16, 3)).toBe('<tv/>');
  });

  it('says which character set it cannot read', async () => {
    const bytes = encode('<?xml version="1.0" encoding="x-klingon"?><tv/>');

    await expect(decodeAll(bytes)).rejects.toThrow(/unsupported character set "x-klingon"/);
  });

  it('yields nothing for an empty body', async () => {
    expect(await decodeAll(new Uint8Array(0))).toBe('');
  });

  it('cancels the body when the reader stops early', async () => {
    const cancel = vi.fn();
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(encode('<tv>'.padEnd(600, ' '))),
      cancel,
    });

    for await (const chunk of decodeGuideStream(body)) {
      expect(chunk.startsWith('<tv>')).toBe(true);
      break;
    }

    expect(cancel).toHaveBeenCalled();
  });
});

describe('sniffXmlEncoding', () => {
  it.each([
    ['<?xml version="1.0" encoding="ISO-8859-1"?>', 'ISO-8859-1'],
    ["<?xml version='1.0' encoding='gbk' ?>", 'gbk'],
    ['  <?xml version="1.0"?><tv encoding="latin1">', 'utf-8'],
    ['<tv>', 'utf-8'],
  ])('reads %j as %s', (head, label) => {
    expect(sniffXmlEncoding(encode(head))).toBe(label);
  });
});

/** The same programme over and over: `megabytes` of XML that gzip packs a thousandfold. */
function* programmeBomb(megabytes: number): Generator<string> {
  const programme =
    '<programme start="20250301000000 +0000" stop="20250301010000 +0000" channel="c"><title>节目</title></programme>\n';
  const piece = programme.repeat(Math.floor(65_536 / programme.length));
  const pieces = Math.ceil((megabytes * 1024 * 1024) / piece.length);
  yield '<tv>\n';
  for (let i = 0; i < pieces; i++) yield piece;
  yield '</tv>\n';
}

/** `bytes` as a fetch body in network-sized chunks, counting what was pulled and whether it was cancelled. */
function watchedBody(bytes: Uint8Array, size = 65_536) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(seen.pulled, seen.pulled + size));
      seen.pulled += size;
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

/** Reads `chunks` to the end, handing each to `each`; what was thrown, if anything. */
async function drain(
  chunks: AsyncIterable<string>,
  each: (chunk: string) => void,
): Promise<unknown> {
  try {
    for await (const chunk of chunks) each(chunk);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('decodeGuideStream caps', () => {
  it('stops a gzip bomb of programmes at the XML cap while it inflates, in bounded memory', async () => {
    const bomb = await gzipBytes(programmeBomb(128));
    const { body } = watchedBody(bomb, 4096);
    let text = 0;
    let peak = 0;
    let biggest = 0;
    const before = process.memoryUsage();

    const outcome = await drain(decodeGuideStream(body), (chunk) => {
      text += Buffer.byteLength(chunk);
      peak = Math.max(peak, process.memoryUsage().rss - before.rss);
      biggest = Math.max(biggest, chunk.length);
    });

    expect(bomb.length).toBeLessThan(1024 * 1024); // 128 MB of XML in under 1 MB of gzip
    expect(outcome).toBeInstanceOf(GuideTooLargeError);
    expect(outcome).toMatchObject({ limit: 'xml', max: GUIDE_MAX_XML_BYTES });
    expect(text).toBe(GUIDE_MAX_XML_BYTES);
    // Text came out a chunk at a time and nothing held on to it: the process grew by a
    // fraction of the 96 MB that went through.
    expect(biggest).toBeLessThanOrEqual(65_536);
    expect(peak).toBeLessThan(48 * 1024 * 1024);
  });

  it('stops an uncompressed download at the download cap and keeps the text before it', async () => {
    const xml = encode([...programmeBomb(4)].join(''));
    const { body, seen } = watchedBody(xml, 10_000);
    const chunks: string[] = [];

    const outcome = await drain(
      decodeGuideStream(body, { downloadBytes: 1024 * 1024, xmlBytes: GUIDE_MAX_XML_BYTES }),
      (chunk) => chunks.push(chunk),
    );

    expect(outcome).toMatchObject({
      name: 'GuideTooLargeError',
      limit: 'download',
      max: 1024 * 1024,
    });
    expect(chunks.join('')).toBe(new TextDecoder().decode(xml.subarray(0, 1024 * 1024)));
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it('stops a gzip download at the download cap even while the XML is under its cap', async () => {
    const { pieces } = generatedGuide(40_000);
    const gzipped = await gzipBytes(pieces());
    const { body, seen } = watchedBody(gzipped, 4096);
    const chunks: string[] = [];

    const outcome = await drain(
      decodeGuideStream(body, { downloadBytes: 64 * 1024, xmlBytes: GUIDE_MAX_XML_BYTES }),
      (chunk) => chunks.push(chunk),
    );

    expect(gzipped.length).toBeGreaterThan(128 * 1024);
    expect(outcome).toMatchObject({
      name: 'GuideTooLargeError',
      limit: 'download',
      max: 64 * 1024,
    });
    // What inflated before the cut is the guide's beginning.
    const read = chunks.join('');
    expect(read.length).toBeGreaterThan(64 * 1024);
    expect([...pieces()].join('').startsWith(read)).toBe(true);
    expect(seen.cancelled).toBe(true);
    // The cap, and a chunk or two the stream had fetched ahead.
    expect(seen.pulled).toBeLessThanOrEqual(64 * 1024 + 2 * 4096);
  });

  it('reads a guide just under both caps whole', async () => {
    const xml = encode('<tv><channel id="c"/></tv>');

    const text = (
      await collect(
        decodeGuideStream(byteStream(xml, 5), { downloadBytes: xml.length, xmlBytes: xml.length }),
      )
    ).join('');

    expect(text).toBe('<tv><channel id="c"/></tv>');
  });
});
