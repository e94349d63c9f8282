import { describe, expect, it } from 'vitest';
import { ratingAge } from '@src/data/guide/rating-age.js';

const age = (value: string, system?: string) =>
  ratingAge(system === undefined ? { value } : { value, system });

describe('the age a guide rating is meant for', () => {
  it('is the age written in the value, in any system', () => {
    expect(age('18')).toBe(18);
    expect(age('16+')).toBe(16);
    expect(age('R16', 'New Zealand')).toBe(16);
    expect(age('FSK 12')).toBe(12);
    expect(age('TV-14', 'VCHIP')).toBe(14);
    expect(age('PG-13', 'MPAA')).toBe(13);
    expect(age('NC-17', 'MPAA')).toBe(17);
    expect(age('TV-Y7')).toBe(7);
    expect(age('辅12级')).toBe(12);
    expect(age('-12', 'CSA')).toBe(12);
  });

  it("reads the systems' words", () => {
    expect(age('G', 'New Zealand')).toBe(0);
    expect(age('PG', 'MPAA')).toBe(10);
    expect(age('tv-ma')).toBe(17);
    expect(age('R', 'MPAA')).toBe(17);
    expect(age('R', 'New Zealand')).toBe(18);
    expect(age('M', 'NZ')).toBe(16);
    expect(age('M', 'ACB')).toBe(16);
    expect(age('M')).toBe(15);
    expect(age('Adult')).toBe(18);
    expect(age('限制级')).toBe(18);
    expect(age('保护级')).toBe(6);
    expect(age(' 普遍级 ')).toBe(0);
  });

  it('is unknown for what it cannot read, and for no rating', () => {
    expect(age('Unrated')).toBeUndefined();
    expect(age('')).toBeUndefined();
    expect(ratingAge(undefined)).toBeUndefined();
  });
});
