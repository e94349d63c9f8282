/**
 * Helpers for the service-worker tests: wait until the worker controls the
 * page, queue a submission through the demo build's outbox handle, and stop
 * every service worker (as the browser does to an idle one, or a TV switched off).
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { serveStatic } from '../../../bench/static-server.mjs';

/** Precaching the whole demo build takes a few seconds alone, and longer beside the other worker. */
export async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

export async function queueSubmission(page: Page, url: string, label = '测试申请'): Promise<void> {
  // The demo build's hooks load with the app's modules, which may come a moment
  // after the worker took control of the tab.
  await page.waitForFunction(() => window.hearthDemo !== undefined);
  await page.evaluate(
    async ([target, name]) => {
      const hooks = window.hearthDemo;
      if (!hooks) throw new Error('not the demo build');
      await hooks.enqueue({
        label: name,
        url: target,
        body: { name: '张三', note: 'outbox test' },
      });
    },
    [url, label] as const,
  );
}

/**
 * Stop every service worker and wait until each one has really stopped.
 * stopAllWorkers answers before the workers are down; a network switch made in
 * that gap (context.setOffline) was seen to miss the worker, which then came
 * back still offline and failed every fetch while the page was online.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  const running = new Map<string, string>();
  let settle: () => void = () => undefined;
  const allStopped = new Promise<void>((resolve) => (settle = resolve));
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) running.set(version.versionId, version.runningStatus);
    if ([...running.values()].every((status) => status === 'stopped')) settle();
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await Promise.race([
    allStopped,
    new Promise((_, reject) =>
      setTimeout(
        () => reject(new Error(`workers still running: ${[...running.values()]}`)),
        10_000,
      ),
    ),
  ]);
  await session.detach();
}

/** Names and URLs of everything in Cache Storage. */
export async function cacheContents(
  page: Page,
): Promise<{ cache: string; url: string; body: string }[]> {
  return page.evaluate(async () => {
    const out: { cache: string; url: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response?.headers.get('Content-Type') ?? '';
        // Data, not code: the precached scripts name these words in their source.
        const body =
          response && /json|xml|text\/plain|mpegurl/.test(type) ? await response.text() : '';
        out.push({ cache: name, url: request.url, body });
      }
    }
    return out;
  });
}

/** Serve a copy of the demo build whose worker can be changed into a "new version". */
export async function serveCopy(): Promise<{
  url: string;
  dir: string;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-update-'));
  cpSync('dist-demo', dir, { recursive: true });
  const site = await serveStatic(dir);
  return {
    url: site.url,
    dir,
    close: async () => {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function publishNewVersion(page: Page, dir: string): Promise<void> {
  appendFileSync(join(dir, 'sw-demo.js'), `\n// version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
}
