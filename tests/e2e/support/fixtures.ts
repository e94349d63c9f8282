/**
 * The test fixtures every end-to-end test uses:
 * - a loopback guard: any request to a host other than 127.0.0.1, [::1] or
 *   localhost is aborted and fails the test (fixture files name real hosts);
 * - `dpad`: presses logical remote keys through a platform's key table;
 * - a Content-Security-Policy watch: the builds carry a strict policy
 *   (scripts/vite-plugin-csp.ts), and anything it refuses, in any tab, fails the test.
 */
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
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

/** Chromium reports each refusal on the console: "Refused to … Content Security Policy …". */
const CSP_REFUSAL = /Content Security Policy/i;

export const test = base.extend<{
  dpad: Dpad;
  outsideRequests: string[];
  cspViolations: string[];
}>({
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
  cspViolations: async ({ context }, use) => {
    const violations: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (CSP_REFUSAL.test(message.text())) violations.push(message.text());
    };
    context.on('console', onConsole);
    await use(violations);
    context.off('console', onConsole);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  page: async ({ page, outsideRequests, cspViolations }, use) => {
    void outsideRequests;
    void cspViolations;
    await use(page);
  },
  dpad: async ({ page }, use) => {
    await use(new Dpad(page));
  },
});

export { expect };
