import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuideParseError, GuideRefusedError } from '@src/data/guide/xmltv-scanner.js';
import { fixture, scan, type Scanned } from './fixtures.js';

// Guides arrive in network-sized pieces that split wherever they fall: inside
// a tag, an attribute, an entity, a comment, a CDATA section, a character.
// However the text is cut, the scanner must report exactly what it reports
// for the whole text at once.

/** The scanner's outcome as comparable data: what it reported, or how it failed. */
function outcome(chunks: string[]): Scanned | { error: string; message: string } {
  try {
    return scan(chunks);
  } catch (error) {
    if (!(error instanceof GuideParseError || error instanceof GuideRefusedError)) throw error;
    return { error: error.name, message: error.message };
  }
}

function cutAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts)].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

const UTF8_FIXTURES = [
  'iptv-org-epg-makrodigitaltelevision.com-content-nodecl.xml',
  'iptv-org-epg-nzxmltv.com-content.xml',
  'xmltv-project-t-data-overlap.xml',
  'xmltv-project-t-data-test.xml',
];

describe('the XMLTV scanner reads text however it is cut', () => {
  it.each(UTF8_FIXTURES)('gives the same result for %s cut in two at every position', (name) => {
    const text = fixture(name);
    const whole = JSON.stringify(scan([text]));
    // The 16 kB guide repeats one programme shape 66 times: every cut in its
    // first 3,000 characters (the channel and a dozen programmes) and its last
    // 500 meets every kind of boundary the rest has, in a quarter of the time.
    const cuts = Array.from({ length: text.length + 1 }, (_, i) => i).filter(
      (i) => text.length < 5000 || i < 3000 || i > text.length - 500,
    );
    for (const cut of cuts) {
      // Compared as JSON: 16,000 deep comparisons would take seconds.
      const split = JSON.stringify(scan([text.slice(0, cut), text.slice(cut)]));
      if (split !== whole)
        expect({ cut, split: JSON.parse(split) }).toEqual({ cut, split: JSON.parse(whole) });
    }
  });

  it.each(UTF8_FIXTURES)('gives the same result for %s cut at random places', (name) => {
    const text = fixture(name);
    const whole = scan([text]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 40 }), (cuts) => {
        expect(scan(cutAt(text, cuts))).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result or the same error for arbitrary markup soup, and never anything but a guide error', () => {
    // prettier-ignore
    const TOKENS = [
      '<tv>', '</tv>', '<channel id="c">', '</channel>', '<display-name lang="zh">', '</display-name>',
      '<programme start="20250301120000 +0800" channel="c">', '<programme start=\'2025\' channel=\'d\' stop="x">',
      '</programme>', '<title>', '</title>', '<desc>', '</desc>', '<category>', '</category>', '<icon src="i"/>',
      '<credits>', '</credits>', '<!-- c -->', '<!--', '-->', '<![CDATA[', ']]>', '<?pi?>', '<!DOCTYPE tv SYSTEM "x">',
      '<!DOCTYPE tv [', '<!ENTITY a "b">', ']>', '&amp;', '&#x4e2d;', '&#20013;', '&foo;', '&', ';', '<', '>', '/>',
      '"', "'", '=', ' ', '\n', 'text', '中文', '\ufeff',
    ];
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(soup, fc.array(fc.nat({ max: 400 }), { maxLength: 6 }), (text, cuts) => {
        const whole = outcome([text]);
        const split = outcome(
          cutAt(
            text,
            cuts.map((c) => c % (text.length + 1)),
          ),
        );
        expect(split).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });
});
