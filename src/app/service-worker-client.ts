/**
 * The page's side of the service worker: register it, tell it the operator's
 * routing table, and handle updates. A new version waits until nobody is
 * editing; if someone is, the household is asked (see update-prompt.ts).
 */
import type { HearthConfig } from '../config/types.js';
import { editingEvents, isEditing } from '../data/editing.js';
import type { RoutingTable } from '../sw/request-kind.js';
import { ROUTING_MESSAGE, routingTableFor } from '../sw/routing-table.js';
import { allAreas } from './area-registry.js';

export interface ServiceWorkerClient {
  /** Resolves once a worker controls this page (never, when unsupported). */
  controlled: Promise<void>;
  /** Fires 'update-waiting' when a new version waits for the household's word. */
  events: EventTarget;
  /** Activate the waiting version now (the page reloads). */
  acceptUpdate(): void;
}

export function startServiceWorker(
  config: HearthConfig,
  configUrl: string,
  url = '/sw.js',
): ServiceWorkerClient | null {
  if (!('serviceWorker' in navigator)) return null;
  // A store package runs from the TV's disk (file:, app:): its files are already
  // local, and service workers exist only for http(s) pages.
  if (!/^https?:$/.test(location.protocol)) return null;
  const events = new EventTarget();
  let accepted = false;
  let skipWaiting: () => void = () => undefined;

  const controlled = new Promise<void>((resolve) => {
    if (navigator.serviceWorker.controller) resolve();
    else
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only an update the page accepted reloads it; the first install does not.
    if (accepted) location.reload();
  });

  const acceptUpdate = () => {
    accepted = true;
    skipWaiting();
  };

  // workbox-window loads after start-up: registering is never urgent.
  void import('workbox-window')
    .then(({ Workbox }) => {
      const workbox = new Workbox(url, { scope: '/' });
      skipWaiting = () => workbox.messageSkipWaiting();
      workbox.addEventListener('waiting', () => {
        if (!isEditing()) {
          acceptUpdate();
          return;
        }
        events.dispatchEvent(new Event('update-waiting'));
        // Once the form is sent or left, take the update without asking again.
        const onEditingChange = () => {
          if (isEditing()) return;
          editingEvents.removeEventListener('change', onEditingChange);
          acceptUpdate();
        };
        editingEvents.addEventListener('change', onEditingChange);
      });
      return workbox.register();
    })
    .catch((error: unknown) => console.warn('[hearth:sw] registration failed', error));
  const resolve = (url: string) => new URL(url, location.href).href;
  const addresses = allAreas().map((area) => area.dataAddresses?.(config, resolve) ?? {});
  postRoutingTable(routingTableFor(addresses, location.href, configUrl));

  return { controlled, events, acceptUpdate };
}

/** The table last sent: addresses learnt later are added to it. */
let sentTable: RoutingTable | null = null;

function postRoutingTable(table: RoutingTable): void {
  sentTable = table;
  // Posted, not messageSW(): the worker does not answer, and must not be waited for.
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: ROUTING_MESSAGE, table }),
  );
}

/**
 * Addresses found at run time that carry personal data (a catalogue's submit
 * and status addresses): the worker sends them to the network only.
 */
export function declarePersonalUrls(urls: readonly string[]): void {
  if (!sentTable) return;
  const personal = [...new Set([...sentTable.personal, ...urls])];
  if (personal.length === sentTable.personal.length) return;
  postRoutingTable({ ...sentTable, personal });
}
