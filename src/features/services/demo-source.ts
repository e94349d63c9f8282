/** The demo service catalogue (电视办), unless the operator names one. */
import type { DemoSource } from '../../app/demo-sources.js';
import { DEMO_ENDPOINTS } from '../../demo/endpoints.js';

export const demoSource: DemoSource = ({ services }, at) => ({
  services: services ?? {
    catalogUrl: at(DEMO_ENDPOINTS.serviceCatalog),
    // Stands in for the operator's mobile site in the QR hand-off.
    mobileUrl: at('/demo/mobile.html'),
  },
});
