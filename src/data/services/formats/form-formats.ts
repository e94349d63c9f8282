/**
 * The formats a service form may name, as checks the form engine can run
 * (true/false) and that the error mapping can ask again for the reason. `email`
 * and `date` come from ajv-formats' checks; their reason is always 'invalid'.
 */
import { fail, type FormatCheck } from './format-check.js';
import { checkMobile } from './mobile.js';
import { checkRegionCode } from './region-code.js';
import type { RegionIndex } from './region-index.js';
import { checkResidentId } from './resident-id.js';
import { checkUscc } from './uscc.js';

export type FormatChecker = (value: string) => FormatCheck;

export const CHINESE_FORMATS = [
  'cn-resident-id',
  'cn-uscc',
  'cn-mobile',
  'cn-region-code',
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
