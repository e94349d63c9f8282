import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  decodeGuideStream,
  sniffXmlEncoding,
} from '../../../../src/data/guide/decode-guide-bytes.js';
import { byteStream, collect, fixture, fixtureBytes, scan } from './fixtures.js';

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
