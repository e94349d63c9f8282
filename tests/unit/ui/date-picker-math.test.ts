import { describe, expect, it } from 'vitest';
import {
  clampToRange,
  daysInMonth,
  formatDate,
  parseDate,
  stepDate,
  typeDigit,
  type CalendarDate,
} from '@src/ui/date-picker-math.js';

const MIN: CalendarDate = { year: 1900, month: 1, day: 1 };
const MAX: CalendarDate = { year: 2100, month: 12, day: 31 };
const d = (text: string) => {
  const date = parseDate(text);
  if (!date) throw new Error(`bad date ${text}`);
  return date;
};

describe('calendar', () => {
  it('knows the length of each month, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('reads and writes YYYY-MM-DD, refusing dates that do not exist', () => {
    expect(formatDate(d('1949-10-01'))).toBe('1949-10-01');
    expect(parseDate('2023-02-29')).toBeNull();
    expect(parseDate('1949-1-1')).toBeNull();
  });
});

describe('turning a dial', () => {
  it('pulls the day back into a shorter month', () => {
    expect(formatDate(stepDate(d('2023-01-31'), 'month', 1, MIN, MAX))).toBe('2023-02-28');
    expect(formatDate(stepDate(d('2024-03-31'), 'month', -1, MIN, MAX))).toBe('2024-02-29');
    expect(formatDate(stepDate(d('2024-02-29'), 'year', 1, MIN, MAX))).toBe('2025-02-28');
  });

  it('goes round months and days, but stops the year at the ends of the range', () => {
    expect(formatDate(stepDate(d('2023-12-15'), 'month', 1, MIN, MAX))).toBe('2023-01-15');
    expect(formatDate(stepDate(d('2023-02-28'), 'day', 1, MIN, MAX))).toBe('2023-02-01');
    expect(formatDate(stepDate(d('2023-03-01'), 'day', -1, MIN, MAX))).toBe('2023-03-31');
    expect(formatDate(stepDate(d('2100-06-01'), 'year', 10, MIN, MAX))).toBe('2100-06-01');
  });

  it('keeps the date within min and max', () => {
    const max = d('2024-06-15');
    expect(formatDate(stepDate(d('2024-06-10'), 'day', 10, MIN, max))).toBe('2024-06-15');
    expect(formatDate(clampToRange(d('1899-12-31'), MIN, MAX))).toBe('1900-01-01');
  });
});

describe('typing a part', () => {
  it('takes a year as four digits', () => {
    let typed = '';
    const results = [...'1949'].map((digit) => {
      const r = typeDigit(typed, digit, 'year', 9999);
      typed = r.typed;
      return r;
    });
    expect(results.slice(0, 3).every((r) => r.value === null && !r.complete)).toBe(true);
    expect(results[3]).toEqual({ typed: '', value: 1949, complete: true });
  });

  it('takes a month as one digit when no second could follow, else two', () => {
    expect(typeDigit('', '5', 'month', 12)).toEqual({ typed: '', value: 5, complete: true });
    expect(typeDigit('', '1', 'month', 12)).toEqual({ typed: '1', value: 1, complete: false });
    expect(typeDigit('1', '2', 'month', 12)).toEqual({ typed: '', value: 12, complete: true });
    expect(typeDigit('', '0', 'month', 12)).toEqual({ typed: '0', value: null, complete: false });
    expect(typeDigit('0', '3', 'month', 12)).toEqual({ typed: '', value: 3, complete: true });
  });

  it('starts afresh with a digit that would overflow the part', () => {
    expect(typeDigit('1', '5', 'month', 12)).toEqual({ typed: '', value: 5, complete: true });
    expect(typeDigit('', '3', 'day', 29)).toEqual({ typed: '', value: 3, complete: true });
    expect(typeDigit('3', '1', 'day', 31)).toEqual({ typed: '', value: 31, complete: true });
  });
});
