import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkMobile } from '@src/data/services/formats/mobile';
import { checkRegionCode } from '@src/data/services/formats/region-code';
import type { RegionIndex } from '@src/data/services/formats/region-index';
import { checkResidentId, residentIdCheckCharacter } from '@src/data/services/formats/resident-id';
import { checkUscc, usccCheckCharacter } from '@src/data/services/formats/uscc';
import ids from './fixtures/uscc-and-id-check-vectors.json';
import phones from './fixtures/zh-CN-vectors.json';
import { regionsReady } from './regions-for-tests';

let regions: RegionIndex;
beforeAll(async () => {
  regions = await regionsReady;
});

const TODAY = new Date('2026-11-24T09:00:00+08:00');
const resident = (code: string) => checkResidentId(code, regions, TODAY);
const vector = (list: Array<{ code: string }>, code: string) => {
  const found = list.find((entry) => entry.code === code);
  if (!found) throw new Error(`fixture lost ${code}`);
  return found.code;
};

describe('cn-resident-id (GB 11643-1999)', () => {
  it('accepts the standard example 11010519491231002X', () => {
    expect(resident(vector(ids.resident_id, '11010519491231002X'))).toEqual({ ok: true });
  });

  it('refuses 235407195106112745: its checksum is right, but 2354 is no prefecture of 黑龙江', () => {
    // validator.js lists it as valid because it checks only the province (23).
    // We check the province and prefecture against GB/T 2260, so it is refused
    // for its region; the check digit itself is fine.
    const code = vector(ids.resident_id, '235407195106112745');
    expect(residentIdCheckCharacter(code.slice(0, 17))).toBe('5');
    expect(resident(code)).toEqual({ ok: false, reason: 'region' });
  });

  it('refuses 235407195106112742 (wrong check digit, and region)', () => {
    expect(resident(vector(ids.resident_id, '235407195106112742')).ok).toBe(false);
    // Same number with a real prefecture (2301 哈尔滨): now only the check digit is wrong.
    expect(resident('230107195106112742')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('accepts the 15-digit first-generation number 110101491001001', () => {
    expect(resident(vector(ids.resident_id, '110101491001001'))).toEqual({ ok: true });
  });

  it('names the reason: length, characters, birth date, future birth date', () => {
    expect(resident('1101051949123100')).toEqual({ ok: false, reason: 'length' });
    expect(resident('11010519491231002Y')).toEqual({ ok: false, reason: 'characters' });
    const feb30 = `1101051949023000${'2'}`;
    expect(resident(feb30 + residentIdCheckCharacter(feb30))).toEqual({
      ok: false,
      reason: 'birth-date',
    });
    const tomorrow = '11010520261125002';
    expect(resident(tomorrow + residentIdCheckCharacter(tomorrow))).toEqual({
      ok: false,
      reason: 'birth-date',
    });
    expect(resident('110101491301001')).toEqual({ ok: false, reason: 'birth-date' });
    expect(resident('990101491001001')).toEqual({ ok: false, reason: 'region' });
  });

  it('accepts the old county codes of municipalities (110228 密云县, before it became a district)', () => {
    const first17 = '11022819800101001';
    expect(resident(first17 + residentIdCheckCharacter(first17))).toEqual({ ok: true });
  });

  const first17 = fc
    .record({
      region: fc.constantFrom('110105', '130102', '310115', '440305', '469001', '500229'),
      day: fc.date({
        min: new Date('1900-01-01'),
        max: new Date('2020-12-31'),
        noInvalidDate: true,
      }),
      sequence: fc.integer({ min: 0, max: 999 }),
    })
    .map(
      ({ region, day, sequence }) =>
        `${region}${day.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence).padStart(3, '0')}`,
    );

  it('accepts any real region, birth date and sequence with the computed check character', () => {
    fc.assert(
      fc.property(first17, (digits) => {
        expect(resident(digits + residentIdCheckCharacter(digits))).toEqual({ ok: true });
      }),
    );
  });

  it('catches any single changed digit in the sequence or check part', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 14, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        (digits, position, shift) => {
          const valid = digits + residentIdCheckCharacter(digits);
          const old = valid[position] ?? '0';
          const changed = old === 'X' ? String(shift) : String((Number(old) + shift) % 10);
          const typo = valid.slice(0, position) + changed + valid.slice(position + 1);
          expect(resident(typo)).toEqual({ ok: false, reason: 'checksum' });
        },
      ),
    );
  });
});

describe('cn-uscc (GB 32100-2015)', () => {
  it.each(['91310115591693856A', '91310110666007217T', '91350100M000100Y43'])(
    'accepts the registered code %s',
    (code) => {
      expect(checkUscc(vector(ids.uscc, code), regions)).toEqual({ ok: true });
    },
  );

  it('refuses 123456789012345678 although its mod-31 checksum passes: 3456 is no region', () => {
    const code = vector(ids.uscc, '123456789012345678');
    expect(usccCheckCharacter(code.slice(0, 17))).toBe('8');
    expect(checkUscc(code, regions)).toEqual({ ok: false, reason: 'region' });
  });

  it('refuses an unknown registration authority or category', () => {
    const withAuthority = (head: string) => {
      const first17 = `${head}310115591693856`;
      return first17 + usccCheckCharacter(first17);
    };
    expect(checkUscc(withAuthority('91'), regions)).toEqual({ ok: true });
    expect(checkUscc(withAuthority('31'), regions)).toEqual({ ok: true }); // a law firm
    expect(checkUscc(withAuthority('94'), regions)).toEqual({ ok: false, reason: 'registry' });
    expect(checkUscc(withAuthority('B1'), regions)).toEqual({ ok: false, reason: 'registry' });
    expect(checkUscc('91310115591693856I', regions)).toEqual({ ok: false, reason: 'characters' });
    expect(checkUscc('91310115591693856', regions)).toEqual({ ok: false, reason: 'length' });
  });

  it('catches any single changed character', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (position, shift) => {
          const valid = '91310115591693856A';
          const old = alphabet.indexOf(valid[position] ?? '0');
          const changed = alphabet[(old + shift) % 31] ?? '0';
          const typo = valid.slice(0, position) + changed + valid.slice(position + 1);
          expect(checkUscc(typo, regions)).toEqual({ ok: false, reason: 'checksum' });
        },
      ),
    );
  });
});

describe('cn-mobile', () => {
  it.each(phones.isMobilePhone_zhCN.valid)('accepts %s', (number) => {
    expect(checkMobile(number)).toEqual({ ok: true });
  });

  it.each(phones.isMobilePhone_zhCN.invalid)('refuses %j', (number) => {
    expect(checkMobile(number).ok).toBe(false);
  });

  it('treats the mislabelled "isIdentityCard_zhCN" list as the mobile numbers it is', () => {
    // zh-CN-vectors.json's "isIdentityCard_zhCN" is a copy of the mobile-number
    // list (validator.js's isMobilePhone zh-CN), not identity numbers: its
    // 'valid' entries are valid mobiles and must NOT pass as resident IDs.
    expect(phones.isIdentityCard_zhCN).toEqual(phones.isMobilePhone_zhCN);
    for (const number of phones.isIdentityCard_zhCN.valid) {
      expect(checkMobile(number)).toEqual({ ok: true });
      expect(resident(number).ok).toBe(false);
    }
  });
});

describe('cn-region-code', () => {
  it('accepts codes that exist at any level and refuses the rest', () => {
    expect(checkRegionCode('110105', regions)).toEqual({ ok: true });
    expect(checkRegionCode('130000', regions)).toEqual({ ok: true });
    expect(checkRegionCode('130100', regions)).toEqual({ ok: true });
    expect(checkRegionCode('235400', regions)).toEqual({ ok: false, reason: 'region' });
    expect(checkRegionCode('11010', regions)).toEqual({ ok: false, reason: 'length' });
    expect(checkRegionCode('11010a', regions)).toEqual({ ok: false, reason: 'characters' });
  });
});
