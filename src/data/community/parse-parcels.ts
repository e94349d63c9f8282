/**
 * Reads the property manager's parcel list (JSON, see docs/community.md):
 * `{ "parcels": [{ "id", "locker", "code", "carrier"?, "arrivedAt"? }] }`.
 * A parcel the list no longer names has been collected. One malformed entry is
 * left out, not the whole list; the reasons go to the log without the codes.
 */
import type { Parcel } from './parcel.js';

/** More than a household could have waiting: the rest are left out. */
export const MAX_PARCELS = 50;
const CODE = /^[0-9A-Za-z-]{1,16}$/;

export class ParcelListError extends Error {
  override name = 'ParcelListError';
}

const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max ? value.trim() : null;

export function parseParcels(json: unknown): { parcels: Parcel[]; skipped: number } {
  const list = (json as { parcels?: unknown } | null)?.parcels;
  if (typeof json !== 'object' || json === null || !Array.isArray(list)) {
    throw new ParcelListError('not a parcel list: no "parcels" array');
  }
  const parcels: Parcel[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const item of list.slice(0, MAX_PARCELS) as unknown[]) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    const id = text(entry['id'], 200);
    const locker = text(entry['locker'], 200);
    const code = text(entry['code'], 16);
    if (!id || !locker || !code || !CODE.test(code) || seen.has(id)) {
      skipped++;
      continue;
    }
    seen.add(id);
    const arrived = typeof entry['arrivedAt'] === 'string' ? Date.parse(entry['arrivedAt']) : NaN;
    parcels.push({
      id,
      locker,
      code,
      carrier: text(entry['carrier'], 50) ?? '',
      arrivedAt: Number.isNaN(arrived) ? null : arrived,
    });
  }
  return { parcels, skipped: skipped + Math.max(0, list.length - MAX_PARCELS) };
}
