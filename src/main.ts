/**
 * Start-up: settings and language first (so nothing flashes in the wrong
 * language), then the operator config — a broken one gets its own screen —
 * then the shell.
 */
// First, before Lit renders anything: what old TV engines lack.
import './app/dom-polyfills.js';
import { setLocale, getLocale, isLocale, SOURCE_LOCALE } from './i18n/localization.js';
import { loadConfig } from './config/load-config.js';
import { SettingsStore } from './data/settings/settings-store.js';
import { focusEngine, speechBridge } from './focus/focus-singleton.js';
import { applyTheme } from './app/theme.js';
import { createPlatformServices } from './app/platform/platform-services.js';
import { showFatalError } from './app/fatal-error.js';
import { startServiceWorker } from './app/service-worker-client.js';
import { withDemoSources } from './app/demo-sources.js';
import { hasMarkedSecrets, secretsIn } from './config/secret-fields.js';
import { setBackendReady } from './data/backend-ready.js';
import { appActivity } from './data/app-activity.js';
import { startDemoBackend } from './app/demo-backend.js';
import { tightenStylePolicy } from './app/tighten-style-policy.js';
import { warmIcuOffMainThread } from './i18n/warm-icu.js';
import { nextTask } from './ui/next-task.js';
import './features/areas.js';
import './app/hearth-app.js';

const hasSecrets = (config: unknown): boolean =>
  hasMarkedSecrets(config) || Object.keys(secretsIn(config)).length > 0;

async function boot(): Promise<void> {
  performance.mark('hearth:boot');
  // First: the worker loads the clock's locale data while the portal starts.
  void warmIcuOffMainThread();
  tightenStylePolicy();
  const params = new URLSearchParams(location.search);
  const settings = new SettingsStore();
  const forced = params.get('lang');
  // ?lang=en is a choice like any other: it is kept for the next start.
  if (isLocale(forced) && settings.value.locale !== forced) settings.update({ locale: forced });

  const result = await loadConfig({ search: location.search, baseUrl: document.baseURI });
  const locale =
    settings.value.locale ?? (result.ok ? result.config.locale : (result.locale ?? SOURCE_LOCALE));
  await useLocale(locale);

  if (!result.ok) {
    // Loaded only when needed (it is precached, so it also loads offline).
    await import('./config/config-error-screen.js');
    const screen = document.createElement('hearth-config-error');
    screen.result = result;
    replaceBootScreen(screen);
    return;
  }
  // Tokens: sealed on this TV, never in the worker's cached copy (config/secret-fields.ts).
  const loaded = hasSecrets(result.config)
    ? await (
        await import('./data/vault/config-secrets.js')
      ).withConfigSecrets(result.config, new URL(result.url, document.baseURI).href)
    : result.config;
  const config = __HEARTH_DEMO__ ? withDemoSources(loaded, location.origin) : loaded;
  const root = document.documentElement;
  const serviceWorker = import.meta.env.DEV
    ? null
    : startServiceWorker(config, result.url, __HEARTH_DEMO__ ? '/sw-demo.js' : '/sw.js');
  // The outbox waits until the first screen is up: nothing in it is urgent at start.
  requestIdle(
    () => void import('./data/outbox/outbox-scheduler.js').then((m) => m.startOutboxScheduler()),
  );
  applyTheme(root, config.operator.theme.accent, settings.value);
  document.title = config.operator.name;

  const speech = speechBridge();
  speech.readAloud = settings.value.readAloud;
  speech.lang = getLocale();
  const engine = focusEngine();
  const firstFocus = new Promise<void>((resolve) => {
    const stopFirstFocus = engine.onFocusChange(() => {
      performance.mark('hearth:first-focus');
      stopFirstFocus();
      resolve();
    });
  });

  if (__HEARTH_DEMO__) {
    // The demo's in-page hub (a large module, a thousand entities) starts once the
    // first screen has its focus: a real hub on the network costs the start nothing.
    // Not later than 3 s in, whatever the first screen does.
    const firstScreenUp = Promise.race([
      firstFocus,
      new Promise<void>((resolve) => setTimeout(resolve, 3_000)),
    ]);
    setBackendReady(
      firstScreenUp.then(nextTask).then(() =>
        startDemoBackend({
          workerControl: serviceWorker?.controlled ?? null,
          withHub: !result.config.sources.home,
        }),
      ),
    );
  }

  // The first screen renders in a task of its own: with the config's checks
  // and the start above, one task held the page for 55–62 ms at 1× CPU.
  await nextTask();
  const app = document.createElement('hearth-app');
  app.config = config;
  app.settings = settings;
  app.platform = createPlatformServices(params.get('platform'));
  app.serviceWorker = serviceWorker;
  app.runtime = {
    version: __HEARTH_VERSION__,
    platform: app.platform.id,
    configUrl: result.url,
    configCaching: {
      cacheControl: result.cacheControl,
      tokensInFile: Object.keys(secretsIn(result.config)).length > 0,
    },
    demo: __HEARTH_DEMO__,
  };
  root.dataset.platform = app.platform.id;
  void app.platform.startLifecycle({
    firstFocus,
    goHome: () => app.goHome(),
    setActive: (active) => appActivity.setPlatformActive(active),
    save: () => appActivity.requestSave(),
  });

  settings.addEventListener('change', () => {
    const value = settings.value;
    applyTheme(root, config.operator.theme.accent, value);
    speech.readAloud = value.readAloud;
    void useLocale(value.locale ?? config.locale).then(() => {
      speech.lang = getLocale();
      app.settingsChanged();
    });
  });

  replaceBootScreen(app);
}

/** Swap the "Hearth" placeholder for the real screen, keeping the live regions. */
function replaceBootScreen(screen: HTMLElement): void {
  document.querySelector('body > .boot')?.remove();
  document.body.prepend(screen);
}

/** After the first frames: requestIdleCallback where there is one (not on old TVs). */
function requestIdle(task: () => void): void {
  const idle = (window as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback;
  if (idle) idle(task);
  else setTimeout(task, 300);
}

async function useLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  if (locale !== getLocale()) await setLocale(locale);
  document.documentElement.lang = locale;
}

boot().catch((error: unknown) => {
  console.error('[hearth] start failed', error);
  showFatalError(error);
});
