import { describe, expect, it } from 'vitest';
import { handOffUrl } from '@src/data/services/hand-off';

describe('QR hand-off to the phone', () => {
  it('adds the service id and nothing else', () => {
    expect(handOffUrl('https://m.gov.example.org/apply', 'senior-allowance')).toBe(
      'https://m.gov.example.org/apply?service=senior-allowance',
    );
  });

  it('keeps the operator’s own parameters and replaces a stale service', () => {
    const url = new URL(handOffUrl('https://m.example.org/a?from=tv&service=old', 'x-y'));
    expect([...url.searchParams]).toEqual([
      ['from', 'tv'],
      ['service', 'x-y'],
    ]);
  });
});
