/**
 * My Home: the household's devices by room, over Home Assistant. The alarm
 * overlay is composed by the shell (see hearth-app.ts) so it reaches every area.
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
  routes: [
    {
      path: 'home',
      title: () => msg('我的家', { id: 'home.title' }),
      load: () => import('./home-dashboard.js'),
      render: () => html`<hearth-home-dashboard></hearth-home-dashboard>`,
    },
  ],
});
