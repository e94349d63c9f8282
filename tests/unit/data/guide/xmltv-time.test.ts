import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXmltvTime, parseXmltvTimeIn } from '@src/data/guide/xmltv-time.js';
import { at } from './fixtures.js';

describe('parseXmltvTime', () => {
  it.each([
    ['20020915130745', '2002-09-15T13:07:45Z'],
    ['200209151307', '2002-09-15T13:07:00Z'],
    ['2002091513', '2002-09-15T13:00:00Z'],
    ['20020915', '2002-09-15T00:00:00Z'],
    ['200209', '2002-09-01T00:00:00Z'],
    ['2002', '2002-01-01T00:00:00Z'],
  ])('reads the DTD form %s as UTC when no zone is given', (value, iso) => {
    expect(parseXmltvTime(value)).toBe(at(iso));
  });

  it.each([
    ['19880523083000 +0300', '1988-05-23T05:30:00Z'],
    ['20250216080000 -0500', '2025-02-16T13:00:00Z'],
    ['20250301000000 +0800', '2025-02-28T16:00:00Z'],
    ['20250301000000+0800', '2025-02-28T16:00:00Z'],
    ['20250301000000 +08:00', '2025-02-28T16:00:00Z'],
    ['20250301000000 +08', '2025-02-28T16:00:00Z'],
    ['20250101000000 +0530', '2024-12-31T18:30:00Z'],
    ['20250101000000 Z', '2025-01-01T00:00:00Z'],
    ['20250101000000 UTC', '2025-01-01T00:00:00Z'],
    ['200007281733 BST', '2000-07-28T16:33:00Z'],
    ['200209 +0100', '2002-08-31T23:00:00Z'],
  ])('applies the zone of %s', (value, iso) => {
    expect(parseXmltvTime(value)).toBe(at(iso));
  });

  it('accepts 29 February only in leap years, and surrounding spaces', () => {
    expect(parseXmltvTime('20240229120000')).toBe(at('2024-02-29T12:00:00Z'));
    expect(parseXmltvTime('20230229120000')).toBeUndefined();
    expect(parseXmltvTime('  20240229 ')).toBe(at('2024-02-29T00:00:00Z'));
  });

  it('keeps years below 100 literal (Date.UTC would make 0050 into 1950)', () => {
    expect(parseXmltvTime('0050')).toBe(new Date(0).setUTCFullYear(50, 0, 1));
  });

  it.each([
    '',
    'now',
    '202',
    '20021',
    '2002091',
    '200209151307451',
    '2025-02-16',
    '20021301',
    '20020230',
    '20020915250000',
    '20020915136000',
    '20020915130760',
    '20250216080000 CST',
    '20250216080000 +2500',
    '20250216080000 +08:0',
    '20250216080000 +0800 junk',
  ])('refuses %j rather than guessing', (value) => {
    expect(parseXmltvTime(value)).toBeUndefined();
  });

  it('reads a time in place inside a longer string', () => {
    const tag = '<programme start="20250216080000 -0500" channel="17">';
    const from = tag.indexOf('"') + 1;
    expect(parseXmltvTimeIn(tag, from, tag.indexOf('"', from))).toBe(at('2025-02-16T13:00:00Z'));
  });

  it('agrees with Date.UTC for every valid full time and offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const d = new Date(Math.floor(date.getTime() / 1000) * 1000);
          const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
          const text =
            `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
            `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())} ` +
            `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
          expect(parseXmltvTime(text)).toBe(d.getTime() - offset * 60_000);
        },
      ),
    );
  });
});
