/**
 * One alert feed per page, made from the operator's config, and the
 * household's acknowledgements (kept on the TV so a reload does not sound an
 * acknowledged warning again; warnings are public, not personal data).
 */
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../../data/backend-ready.js';
import { AlertFeed } from '../../data/alerts/alert-feed.js';
import type { CapAlert } from '../../data/alerts/cap-types.js';

let feed: AlertFeed | null = null;

export function alertFeed(config: HearthConfig): AlertFeed | null {
  const source = config.sources.alerts;
  if (!source || source.feedUrls.length === 0) return null;
  if (!feed) {
    feed = new AlertFeed({
      feedUrls: source.feedUrls,
      pollSeconds: source.pollSeconds,
      location: config.location ?? {},
      includeTests: source.includeTests,
    });
    // The demo backend answers only once its service worker controls the page.
    const started = feed;
    void backendReady().then(() => started.start());
    // The demo's "raise a test warning" asks for a poll at once.
    window.addEventListener('hearth-alerts-refresh', () => void feed?.pollNow());
  }
  return feed;
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
