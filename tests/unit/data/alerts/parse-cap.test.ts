import { afterEach, describe, expect, it, vi } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { CapParseError, decodeXml, parseCap } from '@src/data/alerts/parse-cap.js';
import { fixture, fixtureBytes, fixtureNames } from './fixtures.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('parseCap on the shared fixtures', () => {
  it('covers every fixture file in this suite', () => {
    // A new fixture must get an expectation here, so none is silently untested.
    expect(fixtureNames()).toEqual([
      'fmidev-fmi-cap-profile.md',
      'schema_cap12.xsd',
      'testdata_earthquake.cap',
      'testdata_invalid.cap',
      'testdata_no_optional_fields.cap',
      'testdata_weather.cap',
      'testdata_weather_index.atom',
      'testdata_xee.cap',
      'validator_src_com_google_publicalerts_cap_validator_examples_thunderstorm.cap',
    ]);
  });

  it('reads a CAP 1.1 earthquake alert with parameters and a circle', () => {
    const alert = parseCap(fixture('testdata_earthquake.cap'));

    expect(alert).toMatchObject({
      identifier: 'USGS-earthquakes-us2010apcd.6.20100831T000925.496Z',
      sent: '2010-08-31T00:09:25-05:00',
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      references: [],
    });
    expect(alert.infos).toHaveLength(1);
    const info = alert.infos[0]!;
    expect(info).toMatchObject({
      language: 'en-US',
      category: ['Geo'],
      event: 'Earthquake',
      urgency: 'Past',
      severity: 'Unknown',
      certainty: 'Likely',
      expires: '2010-09-02T00:09:25-05:00',
      senderName: 'U.S. Geological Survey',
      headline: 'EQ 6.3 Neiafu, Tonga - PRELIMINARY REPORT',
    });
    expect(info.effective).toBeUndefined();
    expect(info.parameters).toHaveLength(12);
    expect(info.parameters).toContainEqual({ valueName: 'Magnitude', value: '6.3' });
    expect(info.areas[0]!.circles).toEqual([{ lat: -16.053, lon: -173.274, radiusKm: 0 }]);
    expect(info.areas[0]!.polygons).toEqual([]);
  });

  it('reads a weather alert, keeping geocodes as strings with their leading zeros', () => {
    const alert = parseCap(fixture('testdata_weather.cap'));
    const info = alert.infos[0]!;

    expect(alert.identifier).toBe(
      'NOAA-NWS-ALERTS-MT20100830100700TFXFlashFloodWatchTFX20100830180000MT',
    );
    expect(info).toMatchObject({
      event: 'Flash Flood Watch',
      urgency: 'Expected',
      severity: 'Severe',
      effective: '2010-08-30T04:07:00-06:00',
      expires: '2010-08-30T12:00:00-06:00',
    });
    expect(info.instruction).toMatch(/^A FLASH FLOOD WATCH MEANS/);
    expect(info.parameters).toContainEqual({ valueName: 'WMOHEADER', value: '' });
    expect(info.areas[0]!.geocodes).toEqual([
      { valueName: 'FIPS6', value: '030049' },
      { valueName: 'UGC', value: 'MTZ014' },
    ]);
  });

  it('reads the CAP 1.2 thunderstorm example with its polygon', () => {
    const alert = parseCap(
      fixture('validator_src_com_google_publicalerts_cap_validator_examples_thunderstorm.cap'),
    );
    const area = alert.infos[0]!.areas[0]!;

    expect(alert.identifier).toBe('KSTO1055887203');
    expect(alert.infos[0]!.severity).toBe('Severe');
    expect(area.polygons).toEqual([
      [
        [38.47, -120.14],
        [38.34, -119.95],
        [38.52, -119.74],
        [38.62, -119.89],
        [38.47, -120.14],
      ],
    ]);
    expect(area.geocodes.map((g) => g.value)).toEqual(['006109', '006009', '006003']);
  });

  it('reads an alert with no info blocks', () => {
    const alert = parseCap(fixture('testdata_no_optional_fields.cap'));

    expect(alert.infos).toEqual([]);
    expect(alert.references).toEqual([]);
    expect(alert.scope).toBe('Public');
  });

  it('refuses the invalid alert, naming the missing <scope>', () => {
    expect(() => parseCap(fixture('testdata_invalid.cap'))).toThrow(
      new CapParseError('missing <scope>'),
    );
  });

  it('refuses the XXE alert before parsing anything or fetching anything', () => {
    const parse = vi.spyOn(XMLParser.prototype, 'parse');
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);

    expect(() => parseCap(fixture('testdata_xee.cap'))).toThrow(/refused: .*DOCTYPE/);
    expect(parse).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['the Atom index', 'testdata_weather_index.atom', 'not a CAP alert: root is <feed>'],
    ['the XML schema', 'schema_cap12.xsd', 'not a CAP alert: root is <schema>'],
    ['the Markdown profile', 'fmidev-fmi-cap-profile.md', /^not well-formed XML/],
  ])('refuses %s with a clear message', (_label, name, message) => {
    expect(() => parseCap(fixture(name))).toThrow(message);
  });
});

const EXAMPLE_PREFIXED = `<?xml version="1.0" encoding="UTF-8"?>
<cap:alert xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2">
  <cap:identifier>example-2026-0001</cap:identifier>
  <cap:sender>alerts@example.org</cap:sender>
  <cap:sent>2026-07-01T08:00:00+08:00</cap:sent>
  <cap:status>Actual</cap:status>
  <cap:msgType>Update</cap:msgType>
  <cap:scope>Public</cap:scope>
  <cap:references>alerts@example.org,example-2026-0000,2026-07-01T07:00:00+08:00 other@example.com,x-1,2026-06-30T07:00:00+08:00</cap:references>
  <cap:info>
    <cap:language>zh-CN</cap:language>
    <cap:category>Met</cap:category>
    <cap:event>暴雨</cap:event>
    <cap:urgency>Immediate</cap:urgency>
    <cap:severity>Severe</cap:severity>
    <cap:certainty>Likely</cap:certainty>
    <cap:headline>暴雨橙色预警 &amp; 提示 &#x4E00;</cap:headline>
    <cap:description><![CDATA[Rain <heavy> & long]]></cap:description>
    <cap:parameter><cap:valueName>alertColor</cap:valueName><cap:value>橙色</cap:value></cap:parameter>
    <cap:area>
      <cap:areaDesc>示例市</cap:areaDesc>
      <cap:circle>31.2,121.5 25</cap:circle>
      <cap:geocode><cap:valueName>GB/T 2260</cap:valueName><cap:value>310000</cap:value></cap:geocode>
    </cap:area>
  </cap:info>
  <cap:info>
    <cap:language>en-US</cap:language>
    <cap:category>Met</cap:category>
    <cap:event>Rainstorm</cap:event>
    <cap:urgency>Immediate</cap:urgency>
    <cap:severity>Severe</cap:severity>
    <cap:certainty>Likely</cap:certainty>
  </cap:info>
</cap:alert>`;

describe('parseCap on inline samples', () => {
  it('reads cap:-prefixed elements, several infos and references', () => {
    const alert = parseCap(EXAMPLE_PREFIXED);

    expect(alert.msgType).toBe('Update');
    expect(alert.references).toEqual([
      {
        sender: 'alerts@example.org',
        identifier: 'example-2026-0000',
        sent: '2026-07-01T07:00:00+08:00',
      },
      { sender: 'other@example.com', identifier: 'x-1', sent: '2026-06-30T07:00:00+08:00' },
    ]);
    expect(alert.infos.map((i) => i.language)).toEqual(['zh-CN', 'en-US']);
    expect(alert.infos[0]!.headline).toBe('暴雨橙色预警 & 提示 一');
    expect(alert.infos[0]!.description).toBe('Rain <heavy> & long');
    expect(alert.infos[0]!.areas[0]!.circles).toEqual([{ lat: 31.2, lon: 121.5, radiusKm: 25 }]);
    expect(alert.infos[0]!.areas[0]!.geocodes).toEqual([
      { valueName: 'GB/T 2260', value: '310000' },
    ]);
  });

  it('refuses a root that is not <alert>', () => {
    expect(() => parseCap('<foo/>')).toThrow(new CapParseError('not a CAP alert: root is <foo>'));
  });

  it('refuses an <alert> in a foreign namespace', () => {
    expect(() => parseCap('<alert xmlns="urn:example:not-cap"/>')).toThrow(
      'not a CAP alert: namespace is urn:example:not-cap',
    );
  });

  it('refuses a missing <identifier>', () => {
    const xml = EXAMPLE_PREFIXED.replace(/<cap:identifier>.*<\/cap:identifier>/, '');
    expect(() => parseCap(xml)).toThrow('missing <identifier>');
  });

  it('refuses an unknown <status>', () => {
    const xml = EXAMPLE_PREFIXED.replace('>Actual<', '>Real<');
    expect(() => parseCap(xml)).toThrow('unknown <status> "Real"');
  });

  it('refuses a polygon point that is not "lat,lon"', () => {
    const xml = EXAMPLE_PREFIXED.replace(
      '<cap:circle>31.2,121.5 25</cap:circle>',
      '<cap:polygon>31,121 32,abc 31,122 31,121</cap:polygon>',
    );
    expect(() => parseCap(xml)).toThrow('bad <polygon> point "32,abc"');
  });

  it('refuses malformed XML', () => {
    expect(() => parseCap('<alert><identifier>x</alert>')).toThrow(/^not well-formed XML/);
  });

  it.each([
    ['a lower-case doctype deep inside', '<alert><x><!doctype x></x></alert>'],
    ['an entity declaration alone', '<alert><!ENTITY x "y"></alert>'],
    ['a doctype with odd spacing', '<!  DocType alert><alert/>'],
  ])('refuses %s without parsing', (_label, xml) => {
    const parse = vi.spyOn(XMLParser.prototype, 'parse');
    expect(() => parseCap(xml)).toThrow(/^refused: /);
    expect(parse).not.toHaveBeenCalled();
  });

  it('leaves unknown named entities unexpanded', () => {
    const xml = EXAMPLE_PREFIXED.replace('&amp; 提示', '&unknown; 提示');
    expect(parseCap(xml).infos[0]!.headline).toBe('暴雨橙色预警 &unknown; 提示 一');
  });
});

describe('decodeXml', () => {
  it('honours an ISO-8859-1 declaration', () => {
    const head = '<?xml version="1.0" encoding="ISO-8859-1"?><alert><note>';
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(head),
      0x4d,
      0xfc,
      0x6e,
      0x63,
      0x68,
      0x65,
      0x6e, // "München" with ü as the single byte 0xFC
      ...new TextEncoder().encode('</note></alert>'),
    ]);

    expect(decodeXml(bytes)).toBe(`${head}München</note></alert>`);
  });

  it('defaults to UTF-8 and drops a byte-order mark', () => {
    const body = '<alert>预警</alert>';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);

    expect(decodeXml(bytes)).toBe(body);
    expect(decodeXml(new TextEncoder().encode(body))).toBe(body);
  });

  it('reads the fixtures as UTF-8 (single-quoted, spaced declarations included)', () => {
    expect(decodeXml(fixtureBytes('testdata_invalid.cap'))).toBe(fixture('testdata_invalid.cap'));
  });

  it('refuses an encoding it cannot decode', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="x-no-such"?><alert/>');
    expect(() => decodeXml(bytes)).toThrow('unsupported encoding "x-no-such"');
  });
});
