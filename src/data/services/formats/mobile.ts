/**
 * Mainland China mobile numbers: 11 digits from 13–19 (and 92/98, issued to
 * newer operators), optionally written with +86 or 0086 in front — the same
 * rule as validator.js's isMobilePhone('zh-CN'). Separators are not accepted:
 * the TV's keypad never types them, and a number is stored as typed.
 */
import { fail, OK, type FormatCheck } from './format-check.js';

const PREFIX = /^(\+86|0086)/;

export function checkMobile(value: string): FormatCheck {
  const national = value.replace(PREFIX, '');
  if (!/^\d*$/.test(national)) return fail('characters');
  if (national.length !== 11) return fail('length');
  if (!/^(1[3-9]|9[28])/.test(national)) return fail('prefix');
  return OK;
}
