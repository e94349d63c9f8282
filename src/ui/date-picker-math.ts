/**
 * The arithmetic behind the date picker, without any DOM: calendar dates as
 * year/month/day, stepping one part with the others kept valid (the day
 * clamped to the month's length, leap years included, the whole date kept
 * within min…max), and typing a part digit by digit on the remote.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DatePart = 'year' | 'month' | 'day';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'YYYY-MM-DD' → date, or null when it is not a real calendar date. */
export function parseDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day pulled back into its month (31 March → 30 April, 29 Feb → 28 Feb). */
export function clampDay(date: CalendarDate): CalendarDate {
  return { ...date, day: Math.min(date.day, daysInMonth(date.year, date.month)) };
}

/** The nearest date within min…max. */
export function clampToRange(
  date: CalendarDate,
  min: CalendarDate,
  max: CalendarDate,
): CalendarDate {
  const valid = clampDay(date);
  if (compare(valid, min) < 0) return { ...min };
  if (compare(valid, max) > 0) return { ...max };
  return valid;
}

function wrap(value: number, low: number, high: number): number {
  const span = high - low + 1;
  return ((((value - low) % span) + span) % span) + low;
}

/**
 * One part moved by `delta`: the year stops at the range's ends, month and day
 * go round (December → January of the same year), as a dial would.
 */
export function stepDate(
  date: CalendarDate,
  part: DatePart,
  delta: number,
  min: CalendarDate,
  max: CalendarDate,
): CalendarDate {
  let next: CalendarDate;
  if (part === 'year') {
    next = { ...date, year: Math.min(max.year, Math.max(min.year, date.year + delta)) };
  } else if (part === 'month') {
    next = { ...date, month: wrap(date.month + delta, 1, 12) };
  } else {
    next = { ...date, day: wrap(date.day + delta, 1, daysInMonth(date.year, date.month)) };
  }
  return clampToRange(next, min, max);
}

/** A part being typed: the digits so far, and what they mean now. */
export interface TypedPart {
  /** Digits kept for the next key ('' once the part is complete). */
  typed: string;
  /** The part's new value, or null while it cannot be known yet ('0', or '19' of a year). */
  value: number | null;
  /** No further digit could belong to it: move on to the next part. */
  complete: boolean;
}

/**
 * One more digit typed into a part. A year takes four digits ('1949'); a month
 * or day takes one digit when no second could follow ('5' → May) and two
 * otherwise ('1','2' → December); a digit that would overflow starts afresh.
 */
export function typeDigit(
  typed: string,
  digit: string,
  part: DatePart,
  maxValue: number,
): TypedPart {
  if (part === 'year') {
    const year = typed.length >= 4 ? digit : typed + digit;
    return year.length === 4
      ? { typed: '', value: Number(year), complete: true }
      : { typed: year, value: null, complete: false };
  }
  let text = typed + digit;
  if (Number(text) > maxValue || text.length > 2) text = digit;
  const n = Number(text);
  const complete = n >= 1 && (text.length === 2 || n * 10 > maxValue);
  return { typed: complete ? '' : text, value: n >= 1 ? n : null, complete };
}
