/**
 * One FHIR client per page, made from the operator's config: the bearer token
 * stays in its memory. `appointmentEvents` tells the reminder overlay that the
 * household booked or cancelled, so it looks again at once.
 */
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../../data/backend-ready.js';
import { FhirClient } from '../../data/health/fhir-client.js';

let client: FhirClient | null = null;
let clientSource: HearthConfig['sources']['health'] | undefined;

export const appointmentEvents = new EventTarget();

export function announceAppointmentsChanged(): void {
  appointmentEvents.dispatchEvent(new Event('change'));
}

export function healthClient(config: HearthConfig): FhirClient | null {
  const source = config.sources.health;
  if (!source) return null;
  if (!client || clientSource !== source) {
    clientSource = source;
    client = new FhirClient({
      baseUrl: source.fhirBaseUrl,
      ...(source.token ? { token: source.token } : {}),
      videoHosts: source.videoHosts,
      ready: backendReady,
      isOnline: () => navigator.onLine,
    });
  }
  return client;
}
