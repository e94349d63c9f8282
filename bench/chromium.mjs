// The one way the bench starts a browser: the project's Chromium with the project's
// flags (among them the resolver rule that keeps every page on loopback), and in every
// context a route guard as the e2e tests have: a request to any host but loopback is
// aborted and kept, so the run can say it stayed on this machine.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);
const outside = new WeakMap();

export function isLoopbackUrl(url) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const blocked = [];
  outside.set(browser, blocked);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.route(
      (url) => !isLoopbackUrl(url.href),
      (route) => {
        blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    return context;
  };
  // As Playwright's own: a page in a context of its own, closed with it.
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => void context.close());
    return page;
  };
  return browser;
}

/** Every request the route guard stopped in this browser's contexts. */
export function outsideRequests(browser) {
  return [...(outside.get(browser) ?? [])];
}

/** Slow the page's CPU down `rate` times (1 = unthrottled), as DevTools does. */
export async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}
