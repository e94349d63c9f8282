/**
 * Decides whether a warning concerns this household. CAP describes areas as
 * polygons, circles and geocodes; Chinese senders mostly use GB/T 2260
 * administrative codes, where a province code (two digits + 0000) or a city
 * code (four digits + 00) covers every district beneath it.
 */
import type { CapCircle, CapInfo } from './cap-types.js';

export interface HouseholdLocation {
  regionCode?: string;
  lat?: number;
  lon?: number;
}

/** Ray casting on [lat, lon] rings; fine at warning-area scale (no antimeridian crossing). */
export function pointInPolygon(lat: number, lon: number, polygon: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const pi = polygon[i];
    const pj = polygon[j];
    if (!pi || !pj) continue;
    const [latI, lonI] = pi;
    const [latJ, lonJ] = pj;
    if (latI > lat !== latJ > lat && lon < ((lonJ - lonI) * (lat - latI)) / (latJ - latI) + lonI) {
      inside = !inside;
    }
  }
  return inside;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance from the centre, compared with the radius in km. */
export function withinCircle(lat: number, lon: number, circle: CapCircle): boolean {
  const rad = Math.PI / 180;
  const dLat = (circle.lat - lat) * rad;
  const dLon = (circle.lon - lon) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(lat * rad) * Math.cos(circle.lat * rad) * Math.sin(dLon / 2) ** 2;
  const distanceKm = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  return distanceKm <= circle.radiusKm;
}

/** valueNames senders use for GB/T 2260 codes; other schemes (SAME, FIPS6, UGC…) are not ours. */
const ADMIN_CODE_NAMES = /^(gb\/?t[\s_-]*2260|adcode|administrative[\s_-]*code|行政区划代码|xzqh)/i;

/** Whether a GB/T 2260 area code covers the household's six-digit region code. */
export function adminCodeCovers(areaCode: string, regionCode: string): boolean {
  if (!/^\d{6}$/.test(areaCode) || !/^\d{6}$/.test(regionCode)) return false;
  if (areaCode === regionCode) return true;
  if (areaCode.endsWith('0000')) return regionCode.startsWith(areaCode.slice(0, 2));
  if (areaCode.endsWith('00')) return regionCode.startsWith(areaCode.slice(0, 4));
  return false;
}

/** True when any area of the info covers the location; an info with no area applies everywhere. */
export function alertCovers(info: CapInfo, location: HouseholdLocation): boolean {
  if (info.areas.length === 0) return true;
  const { regionCode, lat, lon } = location;
  const hasPoint = lat !== undefined && lon !== undefined;
  return info.areas.some(
    (area) =>
      (hasPoint && area.polygons.some((polygon) => pointInPolygon(lat, lon, polygon))) ||
      (hasPoint && area.circles.some((circle) => withinCircle(lat, lon, circle))) ||
      (regionCode !== undefined &&
        area.geocodes.some(
          (code) =>
            ADMIN_CODE_NAMES.test(code.valueName.trim()) &&
            code.value.split(/[\s,;]+/).some((value) => adminCodeCovers(value, regionCode.trim())),
        )),
  );
}
