/**
 * The settings area registers its tile and routes; its screens load lazily.
 */
import { html, svg } from 'lit';
import { msg } from '@lit/localize';
import { registerArea } from '../../app/area-registry.js';
import { householdPin, loadHouseholdPin } from '../../app/household-pin.js';

registerArea({
  id: 'settings',
  order: 60,
  title: () => msg('设置', { id: 'settings.title' }),
  description: () => msg('语言、文字大小、高对比度、朗读', { id: 'settings.description' }),
  icon: () =>
    html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      ${svg`<circle cx="12" cy="12" r="3.2"></circle>
      <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1"></path>`}
    </svg>`,
  routes: [
    {
      path: 'settings',
      title: () => msg('设置', { id: 'settings.title' }),
      load: () => import('./settings-view.js'),
      render: () => html`<hearth-settings></hearth-settings>`,
    },
    {
      // Behind the PIN: a child who could open it could unlock every channel.
      path: 'settings/channel-lock',
      title: () => msg('频道锁', { id: 'settings.channelLock' }),
      load: () => Promise.all([loadHouseholdPin(), import('./channel-lock-view.js')]),
      render: ({ services }) =>
        html`<hearth-pin-gate
          .lock=${householdPin(services)}
          reason=${msg('设置频道锁需要家庭密码', { id: 'channelLock.pinReason' })}
          .content=${() => html`<hearth-channel-lock-settings></hearth-channel-lock-settings>`}
        ></hearth-pin-gate>`,
    },
    {
      path: 'settings/about',
      title: () => msg('关于本机', { id: 'settings.about.title' }),
      load: () => import('./about-view.js'),
      render: () => html`<hearth-settings-about></hearth-settings-about>`,
    },
    {
      path: 'settings/about/services',
      title: () => msg('服务目录诊断', { id: 'diagnostics.title' }),
      load: () => import('../services/catalogue-diagnostics.js'),
      render: () => html`<hearth-catalogue-diagnostics></hearth-catalogue-diagnostics>`,
    },
  ],
});
