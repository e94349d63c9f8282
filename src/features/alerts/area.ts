/**
 * The early-warnings area: a home tile and the list of warnings, and the
 * overlay that takes over whatever screen is open when one arrives.
 */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { registerArea } from '../../app/area-registry.js';

registerArea({
  id: 'alerts',
  order: 50,
  title: () => msg('预警信息', { id: 'alerts.title' }),
  description: () => msg('气象、地震等灾害预警', { id: 'alerts.description' }),
  icon: () =>
    html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      ${svg`<path d="M12 3 2 21h20L12 3z"></path><path d="M12 10v5M12 18v.5"></path>`}
    </svg>`,
  isAvailable: (config) => (config.sources.alerts?.feedUrls.length ?? 0) > 0,
  alwaysOn: {
    load: () => import('./alert-overlay.js'),
    render: ({ config }) => html`<hearth-alert-overlay .config=${config}></hearth-alert-overlay>`,
  },
  // Fetched fresh each poll; the last copy is kept for a start without network.
  dataAddresses: ({ sources }) => ({ liveData: sources.alerts?.feedUrls ?? [] }),
  routes: [
    {
      path: 'alerts',
      title: () => msg('预警信息', { id: 'alerts.title' }),
      load: () => import('./alert-list.js'),
      render: () => html`<hearth-alert-list></hearth-alert-list>`,
    },
  ],
});
