/**
 * Times on the watch screens, in the operator's time zone (config `timeZone`),
 * whatever zone the box itself is set to. Formatters are built once: on an old
 * TV each Intl.DateTimeFormat costs milliseconds.
 */
import { h23Clock } from '../../i18n/h23-clock.js';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone, ...options })));
  return f;
}

/** 19:00 */
export function clockTime(ms: number, timeZone: string): string {
  const parts = formatter(timeZone, 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...h23Clock(),
  })
    .formatToParts(ms)
    .reduce<Record<string, string>>((acc, p) => ((acc[p.type] = p.value), acc), {});
  return `${parts.hour}:${parts.minute}`;
}

/** 24日周二 / Tue 24: short enough for a row of fourteen days. */
export function dayLabel(ms: number, timeZone: string, locale: string): string {
  return formatter(timeZone, locale, { day: 'numeric', weekday: 'short' }).format(ms);
}

/** The zone's offset from UTC at `ms`, in ms. */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = formatter(timeZone, 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    ...h23Clock(),
  })
    .formatToParts(ms)
    .reduce<Record<string, number>>((acc, p) => ((acc[p.type] = Number(p.value)), acc), {});
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** Local midnight (in the zone) of the day holding `ms`. */
export function startOfDay(ms: number, timeZone: string): number {
  const offset = zoneOffset(ms, timeZone);
  const local = ms + offset;
  const midnightLocal = local - (((local % 86_400_000) + 86_400_000) % 86_400_000);
  return midnightLocal - zoneOffset(midnightLocal - offset, timeZone);
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
