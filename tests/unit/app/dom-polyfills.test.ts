// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

describe('the toggleAttribute polyfill for engines before Chromium 69', () => {
  it('sets, removes and flips like the standard method', async () => {
    const native = Element.prototype.toggleAttribute;
    // Pretend to be an old engine, then load the polyfill.
    delete (Element.prototype as { toggleAttribute?: unknown }).toggleAttribute;
    try {
      await import('@src/app/dom-polyfills.js');
      const el = document.createElement('div');
      expect(el.toggleAttribute('hidden')).toBe(true);
      expect(el.hasAttribute('hidden')).toBe(true);
      expect(el.toggleAttribute('hidden')).toBe(false);
      expect(el.hasAttribute('hidden')).toBe(false);
      expect(el.toggleAttribute('hidden', false)).toBe(false);
      expect(el.toggleAttribute('hidden', true)).toBe(true);
      expect(el.toggleAttribute('hidden', true)).toBe(true);
      expect(el.getAttribute('hidden')).toBe('');
    } finally {
      Element.prototype.toggleAttribute = native;
    }
  });
});
