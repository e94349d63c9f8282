import { describe, expect, it } from 'vitest';
import { checkPattern, patternBudget } from '@src/data/services/pattern-safety';

/** The verdict and how long it took, in ms. */
function timed(pattern: string, budget = patternBudget()) {
  const start = performance.now();
  const verdict = checkPattern(pattern, budget);
  return { verdict, ms: performance.now() - start };
}

describe('judging a remote form pattern', () => {
  it('refuses ^(\\d+)+$ (2.8 s on 28 digits and an x) in well under a second', () => {
    const { verdict, ms } = timed('^(\\d+)+$');

    expect(verdict).toEqual({ safe: false, reason: 'exponential' });
    // Far below the 2.8 s it would cost, far above a loaded CI machine's jitter.
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ['nested plus', '^(a+)+$'],
    ['nested star', '^(a*)*$'],
    ['digits, starred', '^(\\d+)*$'],
    ['the same alternative twice', '^(a|a)*$'],
    ['overlapping alternatives under a plus', '^(\\w|\\d)+$'],
    ['alternatives that spell each other', '^(a|b|ab)*$'],
    ['a counted repeat under a plus', '^(\\d{1,3})+$'],
    ['words with an optional space', '^([a-z]+\\s?)+$'],
    ['two loops of the same letter, repeated', '^(x+x+)+y$'],
    ['inside a lookahead', '^(?=(a+)+b).*$'],
    ['unanchored', '(a|a)*'],
  ])('refuses exponential backtracking: %s', (_name, pattern) => {
    expect(checkPattern(pattern)).toEqual({ safe: false, reason: 'exponential' });
  });

  it.each([
    ['five loops taking turns', '^\\d*\\d*\\d*\\d*\\d*$'],
    ['twenty counted loops', '^(\\d+){20}$'],
  ])('refuses polynomial backtracking of a high degree: %s', (_name, pattern) => {
    expect(checkPattern(pattern)).toEqual({ safe: false, reason: 'polynomial' });
  });

  it.each([
    ['resident ID', '^\\d{17}[\\dX]$'],
    ['mobile number', '^1[3-9]\\d{9}$'],
    ['bank card', '^[0-9]{16,19}$'],
    ['landline', '^0\\d{2,3}-\\d{7,8}$'],
    ['optional area code', '^(\\d{3,4}-)?\\d{7,8}$'],
    ['amount with cents', '^\\d+(\\.\\d{1,2})?$'],
    ['Chinese name with a middle dot', '^[\\u4e00-\\u9fa5]+(·[\\u4e00-\\u9fa5]+)*$'],
    ['Han script by property', '^\\p{Script=Han}{2,20}$'],
    ['domain name', '^(?:[a-z0-9-]+\\.)+[a-z]{2,}$'],
    ['email', '^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$'],
    ['loose email', '^.+@.+\\..+$'],
    ['named groups', '^(?<y>\\d{4})-(?<m>\\d{2})$'],
    ['password rules by lookahead', '^(?=.*\\d)(?=.*[a-z]).{8,}$'],
    ['quoted text', '^([^"]|\\\\")*$'],
    ['a word anywhere', '\\bfoo\\b'],
    ['alternatives a following letter tells apart', '^(a|ab)*c$'],
  ])('passes an everyday pattern: %s', (_name, pattern) => {
    expect(checkPattern(pattern)).toEqual({ safe: true });
  });

  it('gives up on a pattern too big to judge, quickly, and refuses it', () => {
    for (const pattern of [
      '.*'.repeat(60),
      `^(${'[a-z]*'.repeat(40)})$`,
      '(a{20}){20}',
      'a'.repeat(1001),
    ]) {
      const { verdict, ms } = timed(pattern);

      expect(verdict).toEqual({ safe: false, reason: 'too-complex' });
      // It gives up instead of running on: a second is far below what judging these
      // in full would take, and far above a loaded CI machine's jitter (the budget's
      // real cost is measured by npm run bench, not here).
      expect(ms).toBeLessThan(1000);
    }
  });

  it('shares one budget: once it is spent, the patterns after are refused', () => {
    const budget = patternBudget(150_000);
    const spent = Array.from({ length: 6 }, (_, i) =>
      checkPattern(`^(${'[a-z]*'.repeat(40)})$${'(?:)'.repeat(i)}`, budget),
    );

    expect(budget.steps).toBeLessThanOrEqual(0);
    expect(checkPattern('^\\d{6}(?:)(?:)$', budget)).toEqual({
      safe: false,
      reason: 'too-complex',
    });
    expect(spent.every((verdict) => !verdict.safe)).toBe(true);
  });

  it('leaves a pattern that does not compile to ajv', () => {
    expect(checkPattern('([')).toEqual({ safe: false, reason: 'invalid' });
  });
});
