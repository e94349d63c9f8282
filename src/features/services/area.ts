/**
 * Government services (电视办): public services by theme, applied for with the
 * remote, behind the household PIN.
 */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { registerArea } from '../../app/area-registry.js';
import { householdPin, loadHouseholdPin } from '../../app/household-pin.js';
import { catalogueAddresses } from '../../data/services/catalogue-addresses.js';

registerArea({
  id: 'services',
  order: 40,
  title: () => msg('电视办', { id: 'services.title' }),
  description: () => msg('社保、户籍、就业等政务服务在电视上办理', { id: 'services.description' }),
  icon: () =>
    html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      ${svg`<path d="M3 21h18"></path><path d="M5 21V10l7-5 7 5v11"></path><path d="M9 21v-6h6v6"></path><path d="M9 10h6"></path>`}
    </svg>`,
  isAvailable: (config) => config.sources.services !== undefined,
  dataAddresses: ({ sources }, resolve) => ({
    publicData: catalogueAddresses(sources.services?.catalogUrl, resolve),
  }),
  routes: [
    {
      path: 'services',
      title: () => msg('电视办', { id: 'services.title' }),
      load: () => Promise.all([loadHouseholdPin(), import('./services-screen.js')]),
      render: ({ services }) =>
        html`<hearth-pin-gate
          .lock=${householdPin(services)}
          reason=${msg('政务服务涉及个人信息，需要家庭密码', { id: 'services.pinReason' })}
          .content=${() => html`<hearth-services></hearth-services>`}
        ></hearth-pin-gate>`,
    },
  ],
});
