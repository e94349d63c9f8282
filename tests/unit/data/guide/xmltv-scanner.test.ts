import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createXmltvParser,
  GuideParseError,
  GuideRefusedError,
  MAX_CATEGORIES_PER_PROGRAMME,
  MAX_NAMES_PER_CHANNEL,
} from '@src/data/guide/xmltv-scanner.js';
import { at, fixture, scan, xmltvFixtureNames } from './fixtures.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

const MAKRO = 'iptv-org-epg-makrodigitaltelevision.com-content-nodecl.xml';
const NZ = 'iptv-org-epg-nzxmltv.com-content.xml';
const OVERLAP = 'xmltv-project-t-data-overlap.xml';
const TEST = 'xmltv-project-t-data-test.xml';
const LATIN1 = 'xmltv-project-t-data-test_livre-iso8859-1.xml';

/** A one-programme guide around `inner` (the programme's children). */
function guide(inner: string, attributes = 'start="20250301120000 +0800" channel="c"'): string {
  return `<?xml version="1.0"?><tv><programme ${attributes}>${inner}</programme></tv>`;
}

function titleOf(xml: string): string | undefined {
  return scan([xml]).programmes[0]?.title;
}

describe('the XMLTV scanner on the shared fixtures', () => {
  it('covers every XMLTV fixture file in this suite', () => {
    // A new fixture must get an expectation here, so none is silently untested.
    expect(xmltvFixtureNames()).toEqual([MAKRO, NZ, OVERLAP, TEST, LATIN1]);
  });

  it('reads a guide with no XML declaration, CRLF and single-quoted attributes', () => {
    const { channels, programmes } = scan([fixture(MAKRO)]);

    expect(channels).toEqual([{ id: '17', names: [{ text: 'Service 1' }] }]);
    expect(programmes).toHaveLength(66);
    expect(programmes[0]).toEqual({
      channelId: '17',
      start: at('2025-02-16T13:00:00Z'), // 08:00 -0500
      stop: at('2025-02-16T17:00:00Z'),
      title: 'Programación Infantil',
      subTitle: 'Programación Infantil',
      description: 'Programación Infantil',
    });
    expect(programmes[2]!.title).toBe('Excélsior');
    expect(programmes[65]).toMatchObject({
      title: 'Scándalo Noticias',
      start: at('2025-02-19T04:00:00Z'),
      stop: at('2025-02-19T04:59:00Z'),
    });
  });

  it('reads a guide with a DOCTYPE, comments, an icon and many skipped elements', () => {
    const { channels, programmes } = scan([fixture(NZ)]);

    expect(channels).toEqual([
      {
        id: '1',
        names: [{ text: 'TVNZ 1', lang: 'en_NZ' }],
        icon: 'https://127.0.0.1/nonumbracoimages/ChannelsThumb/TVNZ1100x100.png',
      },
    ]);
    expect(programmes.map((p) => p.title)).toEqual(['Sunday', 'Rich House, Poor House']);
    expect(programmes[1]).toMatchObject({
      start: at('2023-11-21T11:25:00Z'),
      stop: at('2023-11-21T12:10:00Z'),
      subTitle: 'Wildes/ Pickston',
      categories: ['Documentary', 'Factual'],
    });
    expect(programmes[1]!.description).toMatch(/^Kim and Dave have risked everything/);
    expect(programmes.map((p) => p.rating)).toEqual([
      undefined,
      { value: 'G', system: 'New Zealand' },
    ]);
  });

  it("reads a programme's first rating with a value, and nothing else as one", () => {
    const ratingOf = (inner: string) => scan([guide(inner)]).programmes[0]?.rating;

    expect(ratingOf('<rating system=" CN "><value> 18+ </value></rating>')).toEqual({
      value: '18+',
      system: 'CN',
    });
    expect(ratingOf('<rating><icon src="r.png"/><value>R16</value></rating>')).toEqual({
      value: 'R16',
    });
    // The first non-empty value of the first rating; a second rating is another system's.
    expect(
      ratingOf(
        '<rating system="a"><value></value><value>M</value></rating><rating system="b"><value>X</value></rating>',
      ),
    ).toEqual({ value: 'M', system: 'a' });
    expect(ratingOf('<rating system="a"/><rating system="b"><value>G</value></rating>')).toEqual({
      value: 'G',
      system: 'b',
    });
    expect(ratingOf('<star-rating><value>3/5</value></star-rating><value>stray</value>')).toBe(
      undefined,
    );
    expect(ratingOf('<credits><rating><value>deep</value></rating></credits>')).toBe(undefined);
    // Inside a rating, only its value is read: the programme's title comes after.
    const [rated] = scan([
      guide('<rating system="a"><value>PG</value><title>not this</title></rating><title>T</title>'),
    ]).programmes;
    expect(rated).toMatchObject({ title: 'T', rating: { value: 'PG', system: 'a' } });
  });

  it('reads several display names, the first title, a trimmed desc, and skips credits', () => {
    const { channels, programmes } = scan([fixture(TEST)]);

    expect(channels).toEqual([
      { id: '3sat.de', names: [{ text: '3SAT', lang: 'de' }] },
      {
        id: 'das-erste.de',
        names: [
          { text: 'ARD', lang: 'de' },
          { text: 'Das Erste', lang: 'de' },
        ],
      },
    ]);
    expect(programmes).toEqual([
      {
        channelId: '3sat.de',
        start: at('2000-06-03T16:33:00Z'), // 200006031633, no zone: UTC
        stop: NaN, // none given; the normaliser decides
        title: 'blah',
        description: 'Blah Blah Blah.',
        categories: ['Comedy'],
        // Its <star-rating> has a <value> too: not a rating.
        rating: { value: 'PG', system: 'MPAA' },
      },
    ]);
  });

  it('reports every programme of the overlap test, programmes for undeclared channels included', () => {
    const { channels, programmes } = scan([fixture(OVERLAP)]);

    expect(channels).toEqual([]);
    // prettier-ignore
    expect(programmes.map((p) => `${p.channelId}:${p.title}`)).toEqual([
      '1:A', '1:B', '1:C', '1:D', '1:E', '1:F', '2:G', '2:H', '4:I', '5:J', '5:K',
      'a:Zero length, should not overlap with one starting at same time',
      'a:One hour long',
      'a:Zero length in the middle',
    ]);
    expect(programmes[0]!.stop).toBeNaN();
    expect(programmes[6]).toMatchObject({
      start: at('2001-12-28T11:31:01Z'),
      stop: at('2001-12-29T00:00:00Z'),
    });
  });
});

describe('the XMLTV scanner on text forms', () => {
  it('reads CDATA literally and decodes character references and predefined entities', () => {
    const { programmes } = scan([
      guide(
        '<title><![CDATA[Tom & Jerry <live>]]></title>' +
          '<sub-title>A <![CDATA[& B]]> C</sub-title>' +
          '<desc>&#20013;&#x6587; &amp; &lt;b&gt; &quot;q&quot; &apos;s&apos; &#x1F4FA;</desc>',
      ),
    ]);

    expect(programmes[0]).toMatchObject({
      title: 'Tom & Jerry <live>',
      subTitle: 'A & B C',
      description: '中文 & <b> "q" \'s\' 📺',
    });
  });

  it('keeps a bare ampersand that is not a reference (common in real guides)', () => {
    expect(titleOf(guide('<title>Tom & Jerry</title>'))).toBe('Tom & Jerry');
    expect(titleOf(guide('<title>R & B; live</title>'))).toBe('R & B; live');
  });

  it('decodes attribute values and reads catchup-id', () => {
    const { channels, programmes } = scan([
      '<tv><channel id="a&amp;b"><display-name lang="zh">中央&#x4E00;台</display-name></channel>' +
        '<programme start="20250301120000 +0800" stop="20250301130000 +0800" channel="a&amp;b" catchup-id="ev&#61;42"><title>T</title></programme></tv>',
    ]);

    expect(channels[0]).toEqual({ id: 'a&b', names: [{ text: '中央一台', lang: 'zh' }] });
    expect(programmes[0]).toMatchObject({ channelId: 'a&b', catchupId: 'ev=42' });
  });

  it('ignores comments, processing instructions and same-named elements nested deeper', () => {
    const { channels, programmes } = scan([
      '<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><tv>' +
        '<channel id="c"><display-name>C</display-name><url>u</url><icon src="logo.png"/><icon src="second.png"/></channel>' +
        '<programme start="2025" channel="c"><!-- <title>not this</title> -->' +
        '<credits><actor>A<title>nor this</title></actor></credits><icon src="p.png"/>' +
        '<title>This</title><title>Not the second</title><category>One</category><?pi x?><category>Two</category>' +
        '</programme></tv>',
    ]);

    expect(channels).toEqual([{ id: 'c', names: [{ text: 'C' }], icon: 'logo.png' }]);
    expect(programmes[0]).toMatchObject({ title: 'This', categories: ['One', 'Two'] });
  });

  it('reads self-closing programmes and channels, and a programme with no title', () => {
    const { channels, programmes } = scan([
      '<tv><channel id="x"/><programme start="2025" channel="x"/><programme start="2026" channel="x"><title/></programme></tv>',
    ]);

    expect(channels).toEqual([{ id: 'x', names: [] }]);
    expect(programmes.map((p) => p.title)).toEqual(['', '']);
  });

  it('reports an unparsable start as NaN for the normaliser to drop', () => {
    const { programmes } = scan([guide('<title>T</title>', 'start="tomorrow" channel="c"')]);

    expect(programmes[0]!.start).toBeNaN();
  });

  it('reads guides joined one after another (cat a.xml b.xml) as one', () => {
    const one =
      '<?xml version="1.0"?>\n<!DOCTYPE tv SYSTEM "xmltv.dtd">\n<tv><channel id="a"/></tv>\n';

    expect(scan([one + one.replace('"a"', '"b"')]).channels.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('skips a UTF-8 byte-order mark left in the text', () => {
    expect(scan(['\ufeff<tv><channel id="a"/></tv>']).channels).toHaveLength(1);
  });
});

describe('the XMLTV scanner refuses hostile guides', () => {
  it('refuses an internal DTD subset before reading anything', () => {
    const sink = { channel: vi.fn(), programme: vi.fn() };
    const parser = createXmltvParser(sink);

    expect(() => parser.write('<!DOCTYPE tv [ <!ENTITY x "y"> ]><tv></tv>')).toThrow(
      GuideRefusedError,
    );
    expect(() => parser.end()).toThrow(/internal DTD subset/);
    expect(sink.programme).not.toHaveBeenCalled();
  });

  it('refuses a billion-laughs document at its DTD, before any entity could be expanded', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE tv [',
      ' <!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
      ),
      ']>',
      '<tv><programme start="2025" channel="c"><title>&lol9;</title></programme></tv>',
    ].join('\n');
    const parser = createXmltvParser({ channel: vi.fn(), programme: vi.fn() });
    const cut = lol.indexOf('[') + 1;

    // The write that completes "<!DOCTYPE tv [" already fails; nothing after it is looked at.
    parser.write(lol.slice(0, cut - 1));
    expect(() => parser.write(lol.slice(cut - 1, cut))).toThrow(GuideRefusedError);
  });

  it('refuses an external entity (XXE) and never fetches anything', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE tv [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<tv><channel id="a"><display-name>&xxe;</display-name></channel></tv>';

    expect(() => scan([xxe])).toThrow(GuideRefusedError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('accepts an external DTD reference without fetching it', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);

    const { channels } = scan([
      '<!DOCTYPE tv SYSTEM "http://127.0.0.1/xmltv.dtd"><tv><channel id="a"/></tv>',
    ]);

    expect(channels).toHaveLength(1);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['an ENTITY declaration outside a DTD', '<tv><!ENTITY x "y"></tv>', /ENTITY/],
    ['an ATTLIST declaration', '<tv><!ATTLIST tv a CDATA #IMPLIED></tv>', /ATTLIST/],
    ['a DOCTYPE inside the document', '<tv><!DOCTYPE tv SYSTEM "x.dtd"></tv>', /DOCTYPE inside/],
    ['an undefined entity in text', guide('<title>&foo;</title>'), /undefined entity &foo;/],
    ['an undefined entity in an attribute', guide('', 'start="2025" channel="&foo;"'), /&foo;/],
    ['an HTML entity', guide('<desc>caf&eacute;</desc>'), /&eacute;/],
  ])('refuses %s', (_, xml, message) => {
    expect(() => scan([xml])).toThrow(GuideRefusedError);
    expect(() => scan([xml])).toThrow(message);
  });
});

describe('the XMLTV scanner on a record repeating a field', () => {
  it('keeps a few display names of one channel and categories of one programme', () => {
    const names = '<display-name>N</display-name>'.repeat(10_000);
    const categories = '<category>C</category>'.repeat(10_000);

    const { channels, programmes } = scan([
      `<tv><channel id="c">${names}</channel>`,
      `<programme start="20250301000000" channel="c"><title>T</title>${categories}</programme></tv>`,
    ]);

    expect(channels[0]!.names).toHaveLength(MAX_NAMES_PER_CHANNEL);
    expect(programmes[0]!.categories).toHaveLength(MAX_CATEGORIES_PER_PROGRAMME);
  });
});

describe('the XMLTV scanner on broken input', () => {
  it('says a truncated guide is truncated, keeping what it already reported', () => {
    const text = fixture(MAKRO);
    const programmes: unknown[] = [];
    const parser = createXmltvParser({ channel: () => {}, programme: (p) => programmes.push(p) });

    parser.write(text.slice(0, Math.floor(text.length / 2)));

    expect(() => parser.end()).toThrow(GuideParseError);
    expect(() => parser.end()).toThrow(/truncated/);
    expect(programmes.length).toBeGreaterThan(20);
  });

  it.each([
    ['plain text', 'Not Found', /no <tv> element/],
    ['an empty body', '', /no <tv> element/],
    [
      'an HTML page',
      '<!DOCTYPE html><html><body>login</body></html>',
      /document element is <html>/,
    ],
    ['a JSON body', '{"error":"expired"}', /no <tv> element/],
    ['mismatched tags', guide('<title>T</desc>'), /<\/desc> where <\/title> was expected/],
    ['a stray closing tag', '<tv></tv></tv>', /closing tag with no open element/],
    ['an unquoted attribute', '<tv><channel id=a/></tv>', /without quotes/],
    ['an unterminated comment', '<tv><!-- never closed', /truncated/],
    ['an unterminated CDATA section', guide('<title><![CDATA[x'), /truncated/],
    ['a lone "<"', '<tv>< </tv>', /not followed by a name/],
  ])('rejects %s with a clear GuideParseError', (_, xml, message) => {
    expect(() => scan([xml])).toThrow(GuideParseError);
    expect(() => scan([xml])).toThrow(message);
  });

  it('gives up on a run without markup longer than any guide has instead of buffering it all', () => {
    const parser = createXmltvParser({ channel: () => {}, programme: () => {} });
    parser.write('<tv><programme start="2025" channel="c"><title>');
    const megabyte = 'x'.repeat(1 << 20);

    expect(() => {
      for (let i = 0; i < 8; i++) parser.write(megabyte);
    }).toThrow(/without a complete tag/);
  });

  it('keeps failing with the same error once it has failed', () => {
    const parser = createXmltvParser({ channel: () => {}, programme: () => {} });

    expect(() => parser.write('<html>')).toThrow(GuideParseError);
    expect(() => parser.write('<tv></tv>')).toThrow(/document element is <html>/);
  });

  it('ignores text it does not read, wherever it is', () => {
    expect(scan(['  \n', '<tv>', 'stray text', '</tv>', '\n']).channels).toEqual([]);
  });
});
