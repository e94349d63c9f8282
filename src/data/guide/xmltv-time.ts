/**
 * XMLTV times to epoch milliseconds. The DTD's form is `YYYYMMDDhhmmss` or any
 * initial substring of it (`YYYYMMDDhhmm`, `YYYYMMDDhh`, `YYYYMMDD`, `YYYYMM`,
 * `YYYY`), optionally followed by a zone; with no zone the time is UTC.
 * Zones seen in the wild, all accepted, with or without a space before them:
 * `+0800`, `-0500`, `+08:00`, `+08`, `Z`, and a few unambiguous names (the
 * DTD's own example is `200007281733 BST`). An unknown zone name (e.g. `CST`,
 * which is both China and US Central time) makes the time unparsable rather
 * than silently wrong.
 *
 * This runs twice per programme on guides of 200,000 programmes, so it reads
 * character codes in place: no regular expression, no substrings, no
 * `Date.parse`, not even `Date.UTC`: the calendar arithmetic is done here.
 */

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
 * days_from_civil): the arithmetic Date.UTC does, without its call cost or
 * its mapping of years 0–99 to 1900–1999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Offsets (minutes east of UTC) of the zone names accepted. */
const NAMED_ZONES = new Map<string, number>(
  Object.entries({
    UTC: 0,
    UT: 0,
    GMT: 0,
    Z: 0,
    WET: 0,
    BST: 60,
    WEST: 60,
    CET: 60,
    CEST: 120,
    EET: 120,
    EEST: 180,
    MSK: 180,
    HKT: 480,
    AWST: 480,
    JST: 540,
    KST: 540,
    AEST: 600,
    AEDT: 660,
    NZST: 720,
    NZDT: 780,
    EST: -300,
    EDT: -240,
    MST: -420,
    MDT: -360,
    PST: -480,
    PDT: -420,
  }),
);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** Two decimal digits at `i`, or -1 when either is not a digit. */
function twoDigits(value: string, i: number): number {
  const a = value.charCodeAt(i) - 48;
  const b = value.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Minutes east of UTC for the zone text from `i` to `end`, or undefined. */
function parseZone(value: string, i: number, end: number): number | undefined {
  const sign = value.charCodeAt(i);
  if (sign === 43 || sign === 45) {
    // +HHMM, +HH:MM, +HH
    const length = end - i - 1;
    const hours = twoDigits(value, i + 1);
    let minutes = 0;
    if (length === 4) minutes = twoDigits(value, i + 3);
    else if (length === 5 && value.charCodeAt(i + 3) === 58) minutes = twoDigits(value, i + 4);
    else if (length !== 2) return undefined;
    if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59) return undefined;
    const offset = hours * 60 + minutes;
    return sign === 45 ? -offset : offset;
  }
  return NAMED_ZONES.get(value.slice(i, end).toUpperCase());
}

/**
 * Parses an XMLTV time (`20250216080000 -0500`, `200006031633`, `2002`…) to
 * epoch milliseconds, or undefined when it is not one.
 */
export function parseXmltvTime(value: string): number | undefined {
  return parseXmltvTimeIn(value, 0, value.length);
}

/**
 * The same, reading `text` from `from` up to `to` in place (the scanner passes
 * an attribute value's bounds inside its buffer, so no substring is made).
 */
export function parseXmltvTimeIn(value: string, from: number, to: number): number | undefined {
  let end = to;
  let i = from;
  while (i < end && isSpace(value.charCodeAt(i))) i++;
  while (end > i && isSpace(value.charCodeAt(end - 1))) end--;
  const digitsStart = i;
  while (i < end && isDigit(value.charCodeAt(i))) i++;
  const digits = i - digitsStart;
  // Only the DTD's truncations: every field after the year is two digits.
  if (digits < 4 || digits > 14 || digits % 2 !== 0) return undefined;

  const d = digitsStart;
  const year =
    (value.charCodeAt(d) - 48) * 1000 +
    (value.charCodeAt(d + 1) - 48) * 100 +
    (value.charCodeAt(d + 2) - 48) * 10 +
    (value.charCodeAt(d + 3) - 48);
  const month = digits >= 6 ? twoDigits(value, d + 4) : 1;
  const day = digits >= 8 ? twoDigits(value, d + 6) : 1;
  const hour = digits >= 10 ? twoDigits(value, d + 8) : 0;
  const minute = digits >= 12 ? twoDigits(value, d + 10) : 0;
  const second = digits >= 14 ? twoDigits(value, d + 12) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  // 20230230 is not a day; the arithmetic below would roll it over into March.
  if (day > 28 && day > daysInMonth(year, month)) return undefined;

  let offsetMinutes = 0;
  while (i < end && isSpace(value.charCodeAt(i))) i++;
  if (i < end) {
    const zone = parseZone(value, i, end);
    if (zone === undefined) return undefined;
    offsetMinutes = zone;
  }
  const days = daysFromCivil(year, month, day);
  return days * DAY + hour * HOUR + (minute - offsetMinutes) * MINUTE + second * 1000;
}
