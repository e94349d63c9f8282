/**
 * The alert feed, made once per config by the shell's registry, and the
 * household's acknowledgements (kept on the TV so a reload does not sound an
 * acknowledged warning again; warnings are public, not personal data).
 */
import { defineService, type ShellServices } from '../../app/shell-services.js';
import { backendReady } from '../../data/backend-ready.js';
import { AlertFeed } from '../../data/alerts/alert-feed.js';
import type { CapAlert } from '../../data/alerts/cap-types.js';

/** The feed, and what makes it poll at once (the demo's "raise a test warning"). */
interface AlertService {
  feed: AlertFeed;
  refresh: () => void;
}

const alertService = defineService<AlertService | null>({
  name: 'alerts.feed',
  create: (config) => {
    const source = config.sources.alerts;
    if (!source || source.feedUrls.length === 0) return null;
    const feed = new AlertFeed({
      feedUrls: source.feedUrls,
      pollSeconds: source.pollSeconds,
      location: config.location ?? {},
      includeTests: source.includeTests,
    });
    // The demo backend answers only once its service worker controls the page.
    void backendReady().then(() => feed.start());
    const refresh = () => void feed.pollNow();
    window.addEventListener('hearth-alerts-refresh', refresh);
    return { feed, refresh };
  },
  stop: ({ feed, refresh }) => {
    window.removeEventListener('hearth-alerts-refresh', refresh);
    feed.stop();
  },
});

export function alertFeed(services: ShellServices): AlertFeed | null {
  return services.get(alertService)?.feed ?? null;
}

const ACK_KEY = 'hearth.alerts.acknowledged';

export function alertKey(alert: CapAlert): string {
  return `${alert.sender}|${alert.identifier}`;
}

export function acknowledged(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(ACK_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export function acknowledge(alert: CapAlert): void {
  const keys = acknowledged();
  keys.add(alertKey(alert));
  try {
    localStorage.setItem(ACK_KEY, JSON.stringify([...keys].slice(-200)));
  } catch {
    // Storage full or off: the warning is still dismissed for this session.
  }
}

declare global {
  interface HearthEvents {
    /** Poll the alert feeds now (the demo's "raise a test warning" in Settings). */
    'hearth-alerts-refresh': null;
  }
}
