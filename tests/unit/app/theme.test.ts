import { describe, expect, it } from 'vitest';
import { readableOn } from '@src/app/theme.js';

describe('text on the accent colour', () => {
  it('is dark on light accents and light on dark ones', () => {
    expect(readableOn('#e8a33d')).toBe('#111');
    expect(readableOn('#ffffff')).toBe('#111');
    expect(readableOn('#1a237e')).toBe('#fff');
    expect(readableOn('#000')).toBe('#fff');
  });

  it('falls back to dark text for a value it cannot read', () => {
    expect(readableOn('orange')).toBe('#111');
  });
});
