/**
 * Telehealth: booking with the hospital's FHIR R4 scheduling server and the
 * household's appointments. An appointment's reminder shows over every screen,
 * N minutes before it starts.
 */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { registerArea } from '../../app/area-registry.js';
import { householdPin, loadHouseholdPin } from '../../app/household-pin.js';

const pinReason = () =>
  msg('看医生的信息属于个人健康信息，需要家庭密码', { id: 'health.pinReason' });

registerArea({
  id: 'health',
  order: 30,
  title: () => msg('看医生', { id: 'health.title' }),
  description: () => msg('预约挂号、我的预约、视频问诊', { id: 'health.description' }),
  icon: () =>
    html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      ${svg`<rect x="3" y="4" width="18" height="17" rx="2"></rect><path d="M3 9h18M8 2v4M16 2v4"></path><path d="M12 12v6M9 15h6"></path>`}
    </svg>`,
  isAvailable: (config) => config.sources.health !== undefined,
  alwaysOn: {
    load: () => import('./appointment-reminder.js'),
    render: ({ config }) =>
      html`<hearth-appointment-reminder .config=${config}></hearth-appointment-reminder>`,
  },
  // Health records: never cached.
  dataAddresses: ({ sources }) => ({ personal: [sources.health?.fhirBaseUrl] }),
  routes: [
    {
      path: 'health',
      title: () => msg('看医生', { id: 'health.title' }),
      load: () => Promise.all([loadHouseholdPin(), import('./health-screen.js')]),
      render: ({ services }) =>
        html`<hearth-pin-gate
          .lock=${householdPin(services)}
          reason=${pinReason()}
          .content=${() => html`<hearth-health></hearth-health>`}
        ></hearth-pin-gate>`,
    },
    {
      path: 'health/appointments',
      title: () => msg('我的预约', { id: 'health.menu.mine' }),
      load: () => Promise.all([loadHouseholdPin(), import('./health-screen.js')]),
      render: ({ services }) =>
        html`<hearth-pin-gate
          .lock=${householdPin(services)}
          reason=${pinReason()}
          .content=${() => html`<hearth-health start="appointments"></hearth-health>`}
        ></hearth-pin-gate>`,
    },
  ],
});
