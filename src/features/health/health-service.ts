/**
 * The FHIR client, made once per config by the shell's registry: the bearer
 * token stays in its memory. `appointmentChangesService` tells the reminder
 * overlay that the household booked or cancelled, so it looks again at once.
 */
import { defineService } from '../../app/shell-services.js';
import { backendReady } from '../../data/backend-ready.js';
import { FhirClient } from '../../data/health/fhir-client.js';

export const healthClientService = defineService<FhirClient | null>({
  name: 'health.fhir',
  create: ({ sources: { health } }) =>
    health
      ? new FhirClient({
          baseUrl: health.fhirBaseUrl,
          ...(health.token ? { token: health.token } : {}),
          videoHosts: health.videoHosts,
          ready: backendReady,
          isOnline: () => navigator.onLine,
        })
      : null,
});

/** A booking or a cancellation happened: `change` events. */
export const appointmentChangesService = defineService<EventTarget>({
  name: 'health.appointmentChanges',
  create: () => new EventTarget(),
});
