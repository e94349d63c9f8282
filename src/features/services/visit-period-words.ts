/** A part of the day for a visit at home, as the household reads it: 上午 8:00—12:00. */
import { msg } from '@lit/localize';
import { VISIT_PERIODS, type VisitPeriod } from '../../data/services/formats/visit-window.js';

export function periodLabel(period: VisitPeriod): string {
  const [from, to] = VISIT_PERIODS[period];
  const name = {
    morning: () => msg('上午', { id: 'services.visit.morning' }),
    afternoon: () => msg('下午', { id: 'services.visit.afternoon' }),
    evening: () => msg('晚上', { id: 'services.visit.evening' }),
  }[period]();
  return `${name} ${from.replace(/^0/, '')}—${to}`;
}
