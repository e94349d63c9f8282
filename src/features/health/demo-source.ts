/** The demo hospital's FHIR server, unless the operator names one. */
import type { DemoSource } from '../../app/demo-sources.js';
import { DEMO_ENDPOINTS, DEMO_FHIR_TOKEN } from '../../demo/endpoints.js';

export const demoSource: DemoSource = ({ health }, at) => ({
  health: health ?? {
    fhirBaseUrl: at(DEMO_ENDPOINTS.fhirBase),
    patient: DEMO_ENDPOINTS.fhirPatient,
    token: DEMO_FHIR_TOKEN,
    reminderMinutes: 15,
    // The demo's video rooms are on its own origin, which may always open.
    videoHosts: [],
  },
});
