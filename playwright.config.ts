/**
 * End-to-end tests in a real Chromium, driven by D-pad presses. The portal is
 * the demo build served by `vite preview` on loopback; the lab pages (focus
 * engine fixtures) are served from the same origin's /lab/ path.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const PORT = Number(process.env.HEARTH_E2E_PORT ?? 4180);
/** The lab pages (tests/e2e/focus) are served separately: they are never part of the portal. */
export const LAB_PORT = PORT + 1;
/** Another build folder lets parallel work test its own build (`vite build --outDir`). */
const OUT_DIR = process.env.HEARTH_E2E_OUT_DIR ? ` --outDir ${process.env.HEARTH_E2E_OUT_DIR}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // CI keeps only its log: the HTML report (and its copies of every screenshot) is for local runs.
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Recording a trace costs every test about 15 % on 2 cores (measured on 28 tests:
    // 131 s against 113 s), and CI keeps only its log: traces are for local runs.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npx vite preview --mode demo${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --config lab/vite.config.ts --host 127.0.0.1 --port ${LAB_PORT} --strictPort`,
      url: `http://127.0.0.1:${LAB_PORT}/focus-lab.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
