/**
 * The age a programme's guide rating (XMLTV `<rating>`) is meant for, so that
 * the household's 按节目分级 lock (Settings → 频道锁) can hide what is rated
 * at or above its chosen age. Rating systems differ by country; what is read:
 *
 * - an age written in the value: "18", "16+", "R16", "FSK 12", "TV-14",
 *   "PG-13", "NC-17", "辅12级";
 * - the common words of the systems XMLTV guides carry: MPAA and the US TV
 *   Parental Guidelines (G, PG, R, TV-MA…), the Taiwanese and Hong Kong grades
 *   (普遍级, 保护级, 限制级, 三级), and "Adult"/"X";
 * - New Zealand's and Australia's M and R (their R is 18, MPAA's 17).
 *
 * A rating it cannot read gives `undefined`: such a programme is not locked by
 * rating (the household can still lock its channel), as the docs say.
 */
import type { ProgrammeRating } from './guide-types.js';

/** Words with no age in them, as each system means them. */
const WORDS: Readonly<Record<string, number>> = {
  G: 0,
  U: 0,
  E: 0,
  ALL: 0,
  'TV-Y': 0,
  'TV-G': 0,
  PG: 10,
  'TV-PG': 10,
  M: 15,
  MA: 15,
  R: 17,
  'TV-MA': 17,
  X: 18,
  XXX: 18,
  ADULT: 18,
  普遍级: 0,
  普级: 0,
  保护级: 6,
  护级: 6,
  限制级: 18,
  限级: 18,
  三级: 18,
};

/** Where M and R mean 16 and 18 (New Zealand), or R means 18 (Australia's R18+). */
const OCEANIA = /\b(new zealand|nz|oflc|australia|acb|au)\b/i;

export function ratingAge(rating: ProgrammeRating | undefined): number | undefined {
  if (!rating) return undefined;
  const value = rating.value.trim().toUpperCase();
  const digits = /(\d{1,2})/.exec(value)?.[1];
  // "TV-Y7", "R16", "PG-13": the age in it, whatever the letters around it.
  if (digits !== undefined) return Number(digits);
  const word = value.replace(/\s+/g, '');
  if (OCEANIA.test(rating.system ?? '')) {
    if (word === 'M') return 16;
    if (word === 'R') return 18;
  }
  return WORDS[word];
}
