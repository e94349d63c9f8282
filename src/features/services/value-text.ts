/**
 * A field's value as the household reads it on a row or the review page:
 * the label of a choice, 是/否, a region's names, items joined with 、.
 * Region names come from a lookup filled in asynchronously by the screen.
 */
import { msg } from '@lit/localize';
import type { FormField } from '../../data/services/form-model.js';
import { parseVisitWindow } from '../../data/services/formats/visit-window.js';
import { periodLabel } from './visit-period-words.js';

export type RegionNames = ReadonlyMap<string, string>;

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

export function valueText(field: FormField, value: unknown, regions: RegionNames): string {
  if (field.kind === 'boolean') {
    return value === true ? msg('是', { id: 'services.yes' }) : msg('否', { id: 'services.no' });
  }
  if (isEmpty(value)) return '';
  if (field.kind === 'choice') {
    return field.options?.find((option) => option.value === value)?.label ?? String(value);
  }
  if (field.kind === 'multi-choice' && Array.isArray(value)) {
    const options = field.item?.options ?? [];
    return value
      .map((item) => options.find((option) => option.value === item)?.label ?? String(item))
      .join('、');
  }
  if (Array.isArray(value)) return value.map(String).join('、');
  if (field.format === 'cn-region-code' && typeof value === 'string') {
    return regions.get(value) ?? value;
  }
  if (field.kind === 'visit-window' && typeof value === 'string') {
    const visit = parseVisitWindow(value);
    if (visit) return `${visit.date} ${periodLabel(visit.period)}`;
  }
  if (typeof value === 'object') return '';
  return String(value);
}
