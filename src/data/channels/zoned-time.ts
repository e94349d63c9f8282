/**
 * Calendar parts of an instant in a given IANA zone, for catch-up addresses
 * that want wall-clock times (`{Y}-{m}-{d}`, `${(b)yyyyMMddHHmmss}`). Uses
 * Intl rather than the device zone: the TV's own clock setting is often wrong
 * or UTC, and the server expects the zone the portal was configured with.
 */
import { h23Clock } from '../../i18n/h23-clock.js';

export interface TimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

export function timePartsIn(epochMs: number, timeZone: string): TimeParts {
  const formatter = timeZone.toUpperCase() === 'UTC' ? undefined : formatterFor(timeZone);
  if (!formatter) {
    const date = new Date(epochMs);
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    };
  }
  const parts = formatter.formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    // Some older engines write midnight as 24 even with h23.
    hour: part('hour') % 24,
    minute: part('minute'),
    second: part('second'),
  };
}

/** Undefined for a zone the engine does not know: UTC then, rather than an exception mid-playback. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(timeZone)) {
    let formatter: Intl.DateTimeFormat | undefined;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        ...h23Clock(),
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = undefined;
    }
    formatters.set(timeZone, formatter);
  }
  return formatters.get(timeZone);
}
