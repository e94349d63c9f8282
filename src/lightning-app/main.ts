/**
 * Starts live TV as a Lightning SDK app, as the SDK's own startApp.js starts a
 * store app: read `settings.json` (`appSettings`, `platformSettings`) and
 * `metadata.json` (name, identifier, version) beside index.html, then
 * `Launch(App, appSettings, platformSettings)` and put its canvas on the page.
 *
 * What Hearth adds to the settings it read: its stage options (the portal's,
 * create-watch-app.ts), the platform's key map in Hearth's key names, and an
 * `onClose` for Back at the top that closes the app (stream, guide worker)
 * and leaves through the platform (Firebolt's `Lifecycle.close` on an RDK box,
 * the platform's own exit elsewhere). The canvas is sized to the window (or
 * to `platformSettings.width`/`height`), the stage drawn at that precision.
 */
import { Launch } from '@lightningjs/sdk';
import { Stage } from '@lightningjs/core';
import { createPlatformServices } from '../app/platform/platform-services.js';
import { appActivity } from '../data/app-activity.js';
import { keyCodeTable } from '../focus/key-tables.js';
import { installEvalFreeLightning } from '../features/watch/lightning/eval-free-lightning.js';
import { STAGE_H, STAGE_W } from '../features/watch/lightning/layout.js';
import { STAGE_OPTIONS } from '../features/watch/lightning/stage-options.js';
import { LiveTvApp, firstWatching } from './live-tv-app.js';
import { readAppFiles } from './app-files.js';

// Before any component is built: the app's page forbids eval, as the portal's does.
installEvalFreeLightning();
const platform = createPlatformServices(new URLSearchParams(location.search).get('platform'));
const { settings, metadata } = await readAppFiles(document.baseURI);

/** The SDK's Application (src/Application): Lightning's, plus close() (its types leave it out). */
type SdkApplication = ReturnType<typeof Launch> & { close(): void };

let app: SdkApplication | null = null;
function onClose(): void {
  performance.mark('hearth:lightning-app-close');
  // close() destroys the stage: take its canvas off the page first.
  app?.stage.getCanvas().remove();
  app?.close();
  app = null;
  const left = platform.exit();
  if (left === 'unsupported')
    console.info('[hearth:lightning-app] closed; the platform has no exit');
}

void platform.startLifecycle({
  firstFocus: firstWatching,
  goHome: () => undefined,
  setActive: (active) => appActivity.setPlatformActive(active),
  save: () => undefined,
});

/**
 * The canvas's pixels for the 1920×1080 stage: the platform's size when its settings
 * give one (the SDK's `platformSettings.width`/`height`), otherwise the window's,
 * kept 16:9. Lightning draws the same stage at `precision` (a 720p box: 2/3).
 */
function canvasSize(platformSettings: { width?: unknown; height?: unknown }) {
  const given =
    typeof platformSettings.width === 'number' && typeof platformSettings.height === 'number';
  const width = given ? Number(platformSettings.width) : innerWidth;
  const height = given ? Number(platformSettings.height) : innerHeight;
  const precision = Math.min(width / STAGE_W, height / STAGE_H);
  return { w: Math.round(STAGE_W * precision), h: Math.round(STAGE_H * precision), precision };
}

// As startApp.js does: the metadata joins the app settings, its identifier as `id`.
const appSettings = {
  ...settings.appSettings,
  ...metadata,
  id: metadata.identifier,
  stage: {
    ...STAGE_OPTIONS,
    canvas2d: !Stage.isWebglSupported(),
    ...settings.appSettings.stage,
    ...canvasSize(settings.platformSettings),
  },
  keys: keyCodeTable(platform.id),
};
// From here to the App's _setup is the SDK's own start (its Application, fonts, locale).
performance.mark('hearth:lightning-app-launch');
app = Launch(
  LiveTvApp,
  // The SDK reads the metadata fields too; Lightning's Options type knows only the stage's.
  appSettings as unknown as Parameters<typeof Launch>[1],
  { ...settings.platformSettings, onClose },
) as SdkApplication;
document.body.appendChild(app.stage.getCanvas());
