/**
 * Live TV: the first tile on the home screen. Its screen (Lightning, hls.js)
 * loads only when opened; a programme's reminder (提醒我 in the guide) shows
 * over every screen.
 */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { registerArea } from '../../app/area-registry.js';

registerArea({
  id: 'watch',
  order: 10,
  title: () => msg('电视直播', { id: 'watch.title' }),
  description: () => msg('直播频道、节目单和回看', { id: 'watch.description' }),
  icon: () =>
    html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      ${svg`<rect x="2" y="5" width="20" height="13" rx="2"></rect><path d="M8 21h8M9 2l3 3 3-3"></path>`}
    </svg>`,
  isAvailable: (config) => config.sources.channels !== undefined,
  alwaysOn: {
    load: () => import('./programme-reminder.js'),
    render: ({ config, settings }) =>
      html`<hearth-programme-reminder
        .config=${config}
        .settings=${settings}
      ></hearth-programme-reminder>`,
  },
  dataAddresses: ({ sources }) => ({
    publicData: [sources.channels?.playlistUrl, sources.channels?.guideUrl],
  }),
  routes: [
    {
      path: 'watch',
      title: () => msg('电视直播', { id: 'watch.title' }),
      fullscreen: true,
      load: () => import('./watch-screen.js'),
      render: () => html`<hearth-watch></hearth-watch>`,
    },
  ],
});
