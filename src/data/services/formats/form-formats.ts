/**
 * The formats a service form may name (the Chinese identifiers, and the visit
 * window of a service at home), as checks the form engine can run
 * (true/false) and that the error mapping can ask again for the reason. `email`
 * and `date` come from ajv-formats' checks; their reason is always 'invalid'.
 */
import { fail, type FormatCheck } from './format-check.js';
import { checkMobile } from './mobile.js';
import { checkRegionCode } from './region-code.js';
import type { RegionIndex } from './region-index.js';
import { checkResidentId } from './resident-id.js';
import { checkUscc } from './uscc.js';
import { checkVisitWindow } from './visit-window.js';

/** The TV's own calendar date (the household's), as YYYY-MM-DD. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type FormatChecker = (value: string) => FormatCheck;

export const CHINESE_FORMATS = [
  'cn-resident-id',
  'cn-uscc',
  'cn-mobile',
  'cn-region-code',
  'visit-window',
] as const;
export type ChineseFormat = (typeof CHINESE_FORMATS)[number];

export function chineseFormatCheckers(
  regions: RegionIndex,
  today: () => Date = () => new Date(),
): Record<ChineseFormat, FormatChecker> {
  return {
    'cn-resident-id': (value) => checkResidentId(value, regions, today()),
    'cn-uscc': (value) => checkUscc(value, regions),
    'cn-mobile': checkMobile,
    'cn-region-code': (value) => checkRegionCode(value, regions),
    'visit-window': (value) => checkVisitWindow(value, localDate(today())),
  };
}

/** Why `value` failed `format`: our own formats know; others are just 'invalid'. */
export function formatFailure(
  checkers: Partial<Record<string, FormatChecker>>,
  format: string,
  value: unknown,
): FormatCheck {
  const checker = checkers[format];
  if (!checker || typeof value !== 'string') return fail('invalid');
  const result = checker(value);
  return result.ok ? fail('invalid') : result;
}
