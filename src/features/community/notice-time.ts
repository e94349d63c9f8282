/** A notice's date as the household reads it: 12月6日 14:00 (or Dec 6, 14:00). */
import { H23_CLOCK } from '../../i18n/h23-clock.js';
import { getLocale } from '../../i18n/localization.js';

export function noticeTime(at: number | null, timeZone: string): string {
  if (at === null) return '';
  return new Intl.DateTimeFormat(getLocale(), {
    timeZone,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...H23_CLOCK,
  }).format(new Date(at));
}
