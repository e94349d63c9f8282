/**
 * My Home: the household's devices by room, over Home Assistant. Its alarms,
 * the call for help (Red held) and the daytime care check reach every screen.
 */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { registerArea } from '../../app/area-registry.js';

registerArea({
  id: 'home',
  order: 20,
  title: () => msg('我的家', { id: 'home.title' }),
  description: () => msg('灯、窗帘、空调、门锁和报警', { id: 'home.description' }),
  icon: () =>
    html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      ${svg`<path d="M3 11 12 3l9 8"></path><path d="M5 10v10h14V10"></path><path d="M10 20v-6h4v6"></path>`}
    </svg>`,
  isAvailable: (config) => config.sources.home !== undefined,
  // Smoke or a leak must show over live TV as over any screen.
  alwaysOn: {
    load: () =>
      Promise.all([
        import('./home-alarm-overlay.js'),
        import('./sos-listener.js'),
        import('./care-check.js'),
      ]),
    render: ({ config }) =>
      html`<hearth-home-alarm-overlay .config=${config}></hearth-home-alarm-overlay>
        <hearth-sos .config=${config}></hearth-sos>
        <hearth-care-check .config=${config}></hearth-care-check>`,
  },
  // Device states and tokens: never cached.
  dataAddresses: ({ sources }) => ({ personal: [sources.home?.url] }),
  routes: [
    {
      path: 'home',
      title: () => msg('我的家', { id: 'home.title' }),
      load: () => import('./home-dashboard.js'),
      render: () => html`<hearth-home-dashboard></hearth-home-dashboard>`,
    },
  ],
});
