/**
 * 社区: the property manager and the neighbourhood. A home tile with the count
 * of unread notices and parcels waiting; the parcels and the notices; the
 * banner of an urgent notice (停水…) or a new parcel shows over any screen.
 */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { registerArea } from '../../app/area-registry.js';
import { catalogueAddresses } from '../../data/services/catalogue-addresses.js';

registerArea({
  id: 'community',
  order: 45,
  title: () => msg('社区', { id: 'community.title' }),
  description: () => msg('物业通知、报修和上门服务、快递', { id: 'community.description' }),
  icon: () =>
    html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      ${svg`<path d="M3 21h18"></path><path d="M4 21V9l5-3v15"></path><path d="M9 21V4l11 4v13"></path><path d="M13 10h3M13 14h3M13 18h3"></path>`}
    </svg>`,
  isAvailable: (config) =>
    config.sources.community?.noticesUrl !== undefined ||
    config.sources.community?.parcelsUrl !== undefined ||
    config.sources.community?.parcelsEntity !== undefined ||
    config.sources.community?.catalogUrl !== undefined,
  alwaysOn: {
    load: () => import('./community-banner.js'),
    render: ({ config }) =>
      html`<hearth-community-banner .config=${config}></hearth-community-banner>`,
  },
  dataAddresses: ({ sources: { community } }, resolve) => ({
    publicData: catalogueAddresses(community?.catalogUrl, resolve),
    liveData: [community?.noticesUrl],
    // Pickup codes: never cached.
    personal: [community?.parcelsUrl],
  }),
  badge: {
    load: () => import('./unread-badge.js'),
    render: () => html`<hearth-community-unread></hearth-community-unread>`,
  },
  routes: [
    {
      path: 'community',
      title: () => msg('社区', { id: 'community.title' }),
      load: () => import('./community-screen.js'),
      render: () => html`<hearth-community></hearth-community>`,
    },
    {
      path: 'community/services',
      title: () => msg('报修和上门服务', { id: 'community.services' }),
      load: () => import('./community-services.js'),
      render: () => html`<hearth-community-services></hearth-community-services>`,
    },
  ],
});
