/**
 * Starting the embedded demo backend (demo build and dev server only; main.ts
 * calls this under __HEARTH_DEMO__, so production builds drop it).
 * - HTTP: inside the service worker for the demo build, through msw/vite's
 *   in-page network for the dev server.
 * - Home Assistant's WebSocket never passes a service worker, so the demo hub
 *   always answers in the page: on msw/vite's network in the dev server (which
 *   already owns the WebSocket global), else on its own interceptor.
 */
import type { DemoTriggerKind } from '../demo/home-assistant/demo-triggers.js';
import { DEMO_ENDPOINTS } from '../demo/endpoints.js';
import { exposeDemoHooks } from './demo-hooks.js';

export interface DemoBackendStart {
  /** The service worker's control of the page (demo build), when there is one. */
  workerControl: Promise<void> | null;
  /** Whether the operator's config left Home Assistant to the demo. */
  withHub: boolean;
}

export async function startDemoBackend({
  workerControl,
  withHub,
}: DemoBackendStart): Promise<void> {
  exposeDemoHooks({});
  if (import.meta.env.DEV) {
    await startInDevServer(withHub);
    return;
  }
  const hub = withHub ? startHubInPage() : Promise.resolve();
  await Promise.all([workerControl ?? Promise.resolve(), hub]);
}

async function startInDevServer(withHub: boolean): Promise<void> {
  const { network } = await import('virtual:msw');
  const { createDemoHandlers } = await import('../demo/handlers.js');
  const handlers: Parameters<typeof network.configure>[0]['handlers'] = [...createDemoHandlers()];
  if (withHub) {
    const { createHomeAssistantSocketHandler } =
      await import('../demo/home-assistant/ws-handler.js');
    const { createDemoHome } = await import('../demo/home-assistant/home-state.js');
    const home = createDemoHome();
    const socketUrl = `${location.origin.replace(/^http/, 'ws')}${DEMO_ENDPOINTS.homeAssistantSocket}`;
    handlers.push(createHomeAssistantSocketHandler(socketUrl, { home }));
    exposeDemoHooks({ triggerHome: (kind: DemoTriggerKind) => home.triggerDemoEvent(kind) });
  }
  network.configure({ handlers });
  await network.enable();
}

async function startHubInPage(): Promise<void> {
  const { startHomeAssistantDemo } = await import('../demo/home-assistant/ws-handler.js');
  const hub = await startHomeAssistantDemo(location.origin);
  exposeDemoHooks({ triggerHome: (kind) => hub.trigger(kind) });
}
