/**
 * The test fixtures every end-to-end test uses:
 * - a loopback guard: any request to a host other than 127.0.0.1, [::1] or
 *   localhost is aborted and fails the test (fixture files name real hosts);
 * - `dpad`: presses logical remote keys through a platform's key table.
 */
import { test as base, expect } from '@playwright/test';
import { Dpad } from './dpad.js';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

export function isLoopbackUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const test = base.extend<{ dpad: Dpad; outsideRequests: string[] }>({
  outsideRequests: async ({ context }, use) => {
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopbackUrl(url)) return route.fallback();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    await use(outside);
    expect(outside, 'requests to hosts other than loopback').toEqual([]);
  },
  page: async ({ page, outsideRequests }, use) => {
    void outsideRequests;
    await use(page);
  },
  dpad: async ({ page }, use) => {
    await use(new Dpad(page));
  },
});

export { expect };
