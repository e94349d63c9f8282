/**
 * Unified social credit codes (GB 32100-2015): registration authority (1),
 * category (1), region of the registering office (6), organisation code (9),
 * check character (1, MOD 31 over the alphabet without I, O, S, V, Z).
 *
 * A checksum alone is not enough (123456789012345678 passes it), so the
 * authority/category pair and the region are checked too:
 * - Authorities and categories: the standard's 1 机构编制, 5 民政, 9 工商 and
 *   Y 其他, plus those the code-assignment centre added since (2 外交, 3 司法行政,
 *   4 文化, 6 旅游, 7 宗教, 8 工会, A 军队, N 农业): a law firm's 31… or a trade
 *   union's 81… are real codes.
 * - Region: 100000 (central bodies) or a known province+prefecture. Like
 *   resident IDs, the county digits are not checked: a code never changes, the
 *   county it names may since have been renumbered (郫县 510124 → 郫都区 510117).
 */
import { fail, OK, type FormatCheck } from './format-check.js';
import type { RegionIndex } from './region-index.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Registration authority → its categories. */
const CATEGORIES: Readonly<Record<string, string>> = {
  '1': '1239',
  '2': '19',
  '3': '123459',
  '4': '19',
  '5': '1239',
  '6': '129',
  '7': '129',
  '8': '19',
  '9': '123',
  A: '19',
  N: '1239',
  Y: '1',
};

/** The check character for the first 17 characters (which must be in the alphabet). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

export function checkUscc(value: string, regions: RegionIndex): FormatCheck {
  if (value.length !== 18) return fail('length');
  if (![...value].every((char) => ALPHABET.includes(char))) return fail('characters');
  if (!/^..\d{6}/.test(value)) return fail('characters');
  const authority = value[0] ?? '';
  if (!(CATEGORIES[authority] ?? '').includes(value[1] ?? '-')) return fail('registry');
  const region = value.slice(2, 8);
  if (region !== '100000' && !regions.knownPrefecture(region.slice(0, 4))) return fail('region');
  if (usccCheckCharacter(value.slice(0, 17)) !== value[17]) return fail('checksum');
  return OK;
}
