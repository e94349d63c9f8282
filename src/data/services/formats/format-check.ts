/**
 * What a format check answers: fine, or why not, as a code the form puts in
 * words next to the field ("the check digit does not match" rather than a bare
 * "invalid").
 */
export type FormatReason =
  /** Wrong number of characters. */
  | 'length'
  /** A character that may not appear (or not there). */
  | 'characters'
  /** The check digit/character does not match the rest. */
  | 'checksum'
  /** Not a real date of birth, or one in the future. */
  | 'birth-date'
  /** Not a GB/T 2260 region that exists. */
  | 'region'
  /** USCC: no such registration authority, or no such category under it. */
  | 'registry'
  /** Mobile: not a mainland mobile number range. */
  | 'prefix'
  /** Visit window: a day already past, or too far ahead. */
  | 'visit-date'
  /** Anything else (standard formats such as email and date). */
  | 'invalid';

export type FormatCheck = { ok: true } | { ok: false; reason: FormatReason };

export const OK: FormatCheck = { ok: true };
export const fail = (reason: FormatReason): FormatCheck => ({ ok: false, reason });
