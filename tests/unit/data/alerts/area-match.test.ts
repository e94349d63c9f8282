import { describe, expect, it } from 'vitest';
import type { CapArea, CapInfo } from '@src/data/alerts/cap-types.js';
import {
  adminCodeCovers,
  alertCovers,
  pointInPolygon,
  withinCircle,
} from '@src/data/alerts/area-match.js';

// The thunderstorm fixture's polygon (lat,lon pairs, closed).
const STORM: [number, number][] = [
  [38.47, -120.14],
  [38.34, -119.95],
  [38.52, -119.74],
  [38.62, -119.89],
  [38.47, -120.14],
];

function infoWith(...areas: Partial<CapArea>[]): CapInfo {
  return {
    language: 'zh-CN',
    category: ['Met'],
    event: '大风',
    urgency: 'Expected',
    severity: 'Moderate',
    certainty: 'Likely',
    parameters: [],
    areas: areas.map((a) => ({ areaDesc: '', polygons: [], circles: [], geocodes: [], ...a })),
  };
}

describe('pointInPolygon', () => {
  it('finds a point inside the storm polygon and not one outside it', () => {
    expect(pointInPolygon(38.48, -119.94, STORM)).toBe(true);
    expect(pointInPolygon(38.3, -120.1, STORM)).toBe(false);
  });

  it('handles an unclosed ring and a concave one', () => {
    // A "U" shape: the notch (middle top) is outside.
    const u: [number, number][] = [
      [0, 0],
      [0, 3],
      [3, 3],
      [3, 2],
      [1, 2],
      [1, 1],
      [3, 1],
      [3, 0],
    ];
    expect(pointInPolygon(2, 0.5, u)).toBe(true);
    expect(pointInPolygon(2, 1.5, u)).toBe(false);
    expect(pointInPolygon(0.5, 1.5, u)).toBe(true);
  });
});

describe('withinCircle', () => {
  it('measures great-circle distance in kilometres', () => {
    // One degree of latitude is about 111.2 km.
    const circle = { lat: 31, lon: 121, radiusKm: 112 };
    expect(withinCircle(32, 121, circle)).toBe(true);
    expect(withinCircle(32, 121, { ...circle, radiusKm: 110 })).toBe(false);
  });

  it('treats a zero radius as only the centre', () => {
    const circle = { lat: -16.053, lon: -173.274, radiusKm: 0 };
    expect(withinCircle(-16.053, -173.274, circle)).toBe(true);
    expect(withinCircle(-16.05, -173.274, circle)).toBe(false);
  });
});

describe('adminCodeCovers', () => {
  it.each([
    ['310000', '310115', true], // province covers a district
    ['310100', '310115', true], // city covers a district
    ['310115', '310115', true], // the district itself
    ['320000', '310115', false], // another province
    ['310200', '310115', false], // another city
    ['310116', '310115', false], // a neighbouring district
    ['31', '310115', false], // not a six-digit code
  ])('%s covers %s: %s', (area, household, expected) => {
    expect(adminCodeCovers(area, household)).toBe(expected);
  });
});

describe('alertCovers', () => {
  const home = { regionCode: '440305', lat: 22.54, lon: 113.93 };

  it('applies an info without areas everywhere', () => {
    expect(alertCovers(infoWith(), {})).toBe(true);
  });

  it('matches a polygon or circle around the household', () => {
    const square: [number, number][] = [
      [22, 113],
      [22, 115],
      [23, 115],
      [23, 113],
      [22, 113],
    ];
    expect(alertCovers(infoWith({ polygons: [square] }), home)).toBe(true);
    expect(alertCovers(infoWith({ circles: [{ lat: 22.5, lon: 114, radiusKm: 20 }] }), home)).toBe(
      true,
    );
    expect(alertCovers(infoWith({ polygons: [STORM] }), home)).toBe(false);
  });

  it('matches a GB/T 2260 province or city geocode by prefix', () => {
    const province = infoWith({ geocodes: [{ valueName: 'GB/T 2260', value: '440000' }] });
    const city = infoWith({ geocodes: [{ valueName: 'ADCODE', value: '440300' }] });
    const other = infoWith({ geocodes: [{ valueName: 'GB/T2260', value: '440100' }] });

    expect(alertCovers(province, { regionCode: '440305' })).toBe(true);
    expect(alertCovers(city, { regionCode: '440305' })).toBe(true);
    expect(alertCovers(other, { regionCode: '440305' })).toBe(false);
  });

  it('ignores geocodes of other schemes even when the digits look alike', () => {
    const fips = infoWith({ geocodes: [{ valueName: 'FIPS6', value: '440000' }] });
    expect(alertCovers(fips, { regionCode: '440305' })).toBe(false);
  });

  it('does not match an area when the household gives neither point nor code', () => {
    const city = infoWith({ geocodes: [{ valueName: 'ADCODE', value: '440300' }] });
    expect(alertCovers(city, {})).toBe(false);
  });

  it('matches when any one of several areas covers the household', () => {
    const info = infoWith(
      { geocodes: [{ valueName: 'ADCODE', value: '110000' }] },
      { geocodes: [{ valueName: 'ADCODE', value: '440305' }] },
    );
    expect(alertCovers(info, home)).toBe(true);
  });
});
