/**
 * Demo data lives in the demo household's time zone, China Standard Time (UTC+8,
 * no daylight saving), whatever zone the machine running it is set to: the guide,
 * the clinic's opening hours and the alerts must read the same on a test runner in
 * UTC as on a set-top box in Beijing.
 */
export type Clock = () => number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Calendar fields of an instant as read on a wall clock in Beijing. */
function beijingFields(ms: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
} {
  const shifted = new Date(ms + BEIJING_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant of 00:00 in Beijing on the day that holds `ms`. */
export function beijingDayStart(ms: number): number {
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
}

/** 0 = Sunday … 6 = Saturday, in Beijing. */
export function beijingWeekday(ms: number): number {
  return beijingFields(ms).weekday;
}

/** `20261124`: a day key for seeds and receipts. */
export function formatBeijingDateKey(ms: number): string {
  const f = beijingFields(ms);
  return `${f.year}${pad(f.month)}${pad(f.day)}`;
}

/** XMLTV's time format: `20261124193000 +0800`. */
export function formatXmltvTime(ms: number): string {
  const f = beijingFields(ms);
  return `${f.year}${pad(f.month)}${pad(f.day)}${pad(f.hour)}${pad(f.minute)}${pad(f.second)} +0800`;
}

/** ISO 8601 with the Beijing offset, as FHIR instants and CAP dateTimes want it. */
export function formatBeijingIso(ms: number): string {
  const f = beijingFields(ms);
  return (
    `${f.year}-${pad(f.month)}-${pad(f.day)}` +
    `T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}+08:00`
  );
}

/**
 * Parses a FHIR date, dateTime or instant. A value without a time zone (a bare
 * date or a local dateTime) is read in Beijing time, the server's zone, as FHIR
 * leaves that to the server. Returns NaN when the value is not a date.
 */
export function parseFhirDateTime(value: string): number {
  const match =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(
      value,
    );
  if (!match) return Number.NaN;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zone] = match;
  const local = `${year}-${month}-${day}T${hour}:${minute}:${second}`;
  return Date.parse(`${local}${zone ?? '+08:00'}`);
}
