/**
 * Citizen identity numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 * First-generation 15-digit numbers (before 1999) have a 6-digit date 19YYMMDD
 * without the century and no check character.
 *
 * Region rule: the province and prefecture (first 4 digits) must exist in
 * GB/T 2260 — stricter than validator.js, which only checks the province, so
 * 235407195106112745 (checksum fine, but 2354 is no prefecture of 黑龙江) is
 * refused. The county digits are not checked: a number keeps the code of the
 * county at the time of birth, and counties are merged and renumbered all the
 * time (崇文区 110103 was abolished in 2010), so the current table would refuse
 * real people.
 */
import { fail, OK, type FormatCheck } from './format-check.js';
import type { RegionIndex } from './region-index.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character for 17 digits (MOD 11-2). */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/** A real calendar date, not after `today`, not before 1800 (nobody alive). */
export function isBirthDate(year: number, month: number, day: number, today: Date): boolean {
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return date.getTime() <= todayUtc;
}

/** Province and prefecture known; 港澳台 residence permits use 810000/820000/830000. */
function regionKnown(digits: string, regions: RegionIndex): boolean {
  const prefix = digits.slice(0, 4);
  return regions.knownPrefecture(prefix) || /^8[123]00$/.test(prefix);
}

export function checkResidentId(
  value: string,
  regions: RegionIndex,
  today: Date = new Date(),
): FormatCheck {
  if (value.length === 15) return checkLegacy(value, regions, today);
  if (value.length !== 18) return fail('length');
  if (!/^\d{17}[\dX]$/.test(value)) return fail('characters');
  if (!regionKnown(value, regions)) return fail('region');
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (!isBirthDate(year, month, day, today)) return fail('birth-date');
  if (residentIdCheckCharacter(value.slice(0, 17)) !== value[17]) return fail('checksum');
  return OK;
}

function checkLegacy(value: string, regions: RegionIndex, today: Date): FormatCheck {
  if (!/^\d{15}$/.test(value)) return fail('characters');
  if (!regionKnown(value, regions)) return fail('region');
  const year = 1900 + Number(value.slice(6, 8));
  if (!isBirthDate(year, Number(value.slice(8, 10)), Number(value.slice(10, 12)), today)) {
    return fail('birth-date');
  }
  return OK;
}
