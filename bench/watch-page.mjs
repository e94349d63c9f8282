// Live TV in the demo build, as the live-TV measures open it: the portal with the bench's
// operator config (live-tv-fixture.mjs), Live TV chosen on the home screen with OK (a
// key press, so the browser lets the video play, as a TV's does from the start), the
// picture running and the 38 MB guide loaded. The picture is a canvas: what it shows is
// read from the speech bridge's live region, as the e2e tests do.
import { liveTvUrl } from './live-tv-fixture.mjs';

export const WATCH_VIEWPORT = { width: 1920, height: 1080 };

/**
 * Init script: when the page logged `[hearth:guide] loaded` (performance.now()) and its
 * stats, and `window.__watchParts()`, which finds the watch screen's <video> and canvas.
 */
export function watchPageProbe() {
  window.__watchParts = () => {
    const watch = document
      .querySelector('hearth-app')
      ?.shadowRoot?.querySelector('hearth-watch')?.shadowRoot;
    return {
      video: watch?.querySelector('video') ?? null,
      canvas: watch?.querySelector('canvas') ?? null,
    };
  };
  const info = console.info;
  window.__guideLoaded = null;
  console.info = function (...args) {
    if (typeof args[0] === 'string' && args[0].startsWith('[hearth:guide] loaded')) {
      window.__guideLoaded ??= { at: performance.now(), stats: args[1] };
    }
    return info.apply(this, args);
  };
}

/** What the live region last said. */
export const spoken = (page) =>
  page.evaluate(() => document.querySelector('[data-speech="polite"]')?.textContent ?? '');

/** The video has decoded frames and its time is moving. */
export async function waitForPicture(page, timeout = 20_000) {
  await page.waitForFunction(
    () => {
      const { video } = window.__watchParts();
      return video ? video.readyState >= 2 && video.currentTime > 0 && !video.paused : false;
    },
    null,
    { timeout, polling: 50 },
  );
}

/** Wait until the live region says something matching `pattern`. */
export async function waitForSpoken(page, pattern, timeout = 5000) {
  await page.waitForFunction(
    ({ source, flags }) =>
      new RegExp(source, flags).test(
        document.querySelector('[data-speech="polite"]')?.textContent ?? '',
      ),
    { source: pattern.source, flags: pattern.flags },
    { timeout, polling: 20 },
  );
}

/**
 * A new context and page on live TV with the guide loaded (see enterLiveTv). Returns the
 * context (close it), the page, when the guide loaded and what the page complained of.
 */
export async function openLiveTv(
  browser,
  baseUrl,
  { initScripts = [], query = {}, log = () => {} } = {},
) {
  const context = await browser.newContext({ viewport: WATCH_VIEWPORT });
  try {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.addInitScript(watchPageProbe);
    for (const script of initScripts) await page.addInitScript(script);
    const guide = await enterLiveTv(page, baseUrl, { query, log });
    return { context, page, guide, problems };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Errors and warnings the page logs from now on (SwiftShader's remarks left out). */
export function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (!text.includes('GL Driver Message')) problems.push(`${message.type()}: ${text}`);
  });
  return problems;
}

/**
 * Load the portal in `page` (whose init scripts include watchPageProbe; `query` adds URL
 * parameters, e.g. `renderer: 'canvas2d'`), press OK on the
 * home screen's first tile (Live TV), and wait for the canvas to hold focus, the picture
 * to run and the guide to load. Returns `{ at, stats }` of the guide's load.
 */
export async function enterLiveTv(page, baseUrl, { query = {}, log = () => {} } = {}) {
  await page.goto(liveTvUrl(baseUrl, '', query));
  await page.waitForFunction(
    () => performance.getEntriesByName('hearth:first-focus').length > 0,
    null,
    { timeout: 30_000 },
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => {
      const { canvas } = window.__watchParts();
      return canvas !== null && canvas.getRootNode().activeElement === canvas;
    },
    null,
    { timeout: 15_000 },
  );
  await waitForPicture(page);
  await page.waitForFunction(() => window.__guideLoaded !== null, null, {
    timeout: 120_000,
    polling: 100,
  });
  const guide = await page.evaluate(() => window.__guideLoaded);
  log(`  live TV open, guide loaded ${(guide.at / 1000).toFixed(1)} s after navigation`);
  return guide;
}

/** Which renderer Lightning got: the canvas's context is WebGL, or 2D as a fallback. */
export async function canvasRenderer(page) {
  return page.evaluate(() => {
    const { canvas } = window.__watchParts();
    if (!canvas) return 'none';
    const gl = canvas.getContext('webgl');
    if (!gl) return '2d';
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    return `WebGL: ${debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)}`;
  });
}
