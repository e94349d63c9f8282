/**
 * The embedded demo backend as msw request handlers: channels (M3U, XMLTV),
 * FHIR scheduling, government services and CAP alerts, on the paths of
 * DEMO_ENDPOINTS. The same handlers serve the dev server (msw/vite), the demo
 * build (inside the Workbox service worker) and the unit tests (msw/node).
 *
 * URL matching. msw resolves a relative pattern against `location`: in a page
 * or a service worker that is the portal's own origin, so the default relative
 * patterns answer exactly the portal's /demo-api/… requests and nothing on
 * another host. Node has no `location`, and a relative pattern never matches
 * there: tests pass `origin` (e.g. 'http://127.0.0.1:4173') to get absolute
 * patterns on that origin.
 *
 * State. Bookings, submissions and raised alerts live in memory. A service
 * worker is stopped when idle, which would forget them; pass `state` (an
 * earlier `exportState()`) and `onStateChange` to keep them across restarts.
 * The state is plain JSON and holds no form data (only fingerprints).
 */
import type { HttpHandler } from 'msw/http';
import { AlertStore, type AlertState } from './alerts/alert-store';
import { createAlertHandlers } from './alerts/alert-handlers';
import { createChannelHandlers } from './channels/channel-handlers';
import { createCommunityHandlers } from './community/community-handlers';
import type { DemoContext } from './context';
import { createFhirHandlers } from './fhir/fhir-handlers';
import { FhirStore, type FhirState } from './fhir/fhir-store';
import { createServiceHandlers } from './services/service-handlers';
import { SubmissionStore, type SubmissionState } from './services/submissions';
import type { Clock } from './time';

export interface DemoState {
  fhir: FhirState;
  submissions: SubmissionState;
  alerts: AlertState;
}

export interface DemoBackendOptions {
  /** Origin to match absolutely (Node tests); omit to match relative to `location`. */
  origin?: string;
  /** The clock (ms since the epoch); Date.now() by default. */
  now?: Clock;
  /** State to start from, as returned by `exportState()`. */
  state?: DemoState;
  /** Called after every change of state (a booking, a submission, an alert raised). */
  onStateChange?: (state: DemoState) => void;
}

export interface DemoBackend {
  handlers: HttpHandler[];
  exportState(): DemoState;
}

export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  // Read Date.now at each call, so fake timers installed later still apply.
  const now = options.now ?? ((): number => Date.now());
  const origin = options.origin?.replace(/\/+$/, '');
  const context: DemoContext = {
    route: (path) => (origin ? `${origin}${path}` : path),
    now,
  };
  // Assigned below; the stores only call it after a change, never while constructing.
  let notify = (): void => {};
  const fhir = new FhirStore(now, options.state?.fhir, () => notify());
  const submissions = new SubmissionStore(now, options.state?.submissions, () => notify());
  const alerts = new AlertStore(now, options.state?.alerts, () => notify());
  const exportState = (): DemoState => ({
    fhir: fhir.exportState(),
    submissions: submissions.exportState(),
    alerts: alerts.exportState(),
  });
  const { onStateChange } = options;
  if (onStateChange) notify = () => onStateChange(exportState());
  return {
    handlers: [
      ...createChannelHandlers(context),
      ...createFhirHandlers(context, fhir),
      ...createServiceHandlers(context, submissions),
      ...createAlertHandlers(context, alerts),
      ...createCommunityHandlers(context),
    ],
    exportState,
  };
}

/** The demo handlers with fresh state, matching relative to `location`. */
export function createDemoHandlers(options: DemoBackendOptions = {}): HttpHandler[] {
  return createDemoBackend(options).handlers;
}

/** For the dev server (msw/vite): fresh state, relative patterns. */
export const demoHandlers: HttpHandler[] = createDemoHandlers();
