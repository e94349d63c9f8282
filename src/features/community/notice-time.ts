/** A notice's date as the household reads it: 12/6 14:00 (or 12/6, 14:00). */
import { formatDateTime } from '../../i18n/date-time-format.js';
import { h23Clock } from '../../i18n/h23-clock.js';
import { getLocale } from '../../i18n/localization.js';

const SHAPE: Intl.DateTimeFormatOptions = {
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  ...h23Clock(),
};

export function noticeTime(at: number | null, timeZone: string): string {
  return at === null ? '' : formatDateTime(at, getLocale(), timeZone, SHAPE);
}
