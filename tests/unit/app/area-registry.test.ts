// @vitest-environment happy-dom
/**
 * An area is its folder plus one line in features/areas.ts: a throw-away area
 * registered here, and nothing else changed, gets its tile, its route, its
 * overlay over every screen and its addresses in the service worker's table.
 */
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '@src/features/areas';
import '@src/app/always-on';
import { allAreas, enabledAreas, findRoute, registerArea } from '@src/app/area-registry';
import { withDemoSources } from '@src/app/demo-sources';
import { applyDefaults } from '@src/config/defaults';
import type { FeatureId, HearthConfig } from '@src/config/types';
import { SettingsStore } from '@src/data/settings/settings-store';
import { templates } from '@src/i18n/locales/en';
import { routingTableFor } from '@src/sw/routing-table';

// The id is not one an operator's config.json can name yet (the schema's list);
// the registry itself takes any.
const THROWAWAY = 'throwaway' as FeatureId;
let overlayLoads = 0;
registerArea({
  id: THROWAWAY,
  order: 99,
  title: () => 'Throw-away',
  description: () => 'An area that lives only in this test',
  icon: () => html`<svg></svg>`,
  routes: [
    {
      path: 'throwaway',
      title: () => 'Throw-away',
      load: () => Promise.resolve(),
      render: () => html`<p>screen</p>`,
    },
  ],
  alwaysOn: {
    load: () => Promise.resolve(overlayLoads++),
    render: ({ config }) => html`<p class="throwaway-overlay">${config.operator.name}</p>`,
  },
  dataAddresses: () => ({ personal: ['/throwaway/api/'], liveData: [undefined] }),
});

const withAreas = (features: FeatureId[]): HearthConfig => ({
  ...applyDefaults({ operator: { name: '幸福里' } }),
  features,
});

describe('the area registry', () => {
  it('offers a registered area with its tile and route when the config enables it', () => {
    expect(enabledAreas(withAreas([THROWAWAY])).map((a) => a.id)).toEqual([THROWAWAY]);
    expect(findRoute(withAreas([THROWAWAY]), 'throwaway')?.title()).toBe('Throw-away');
    expect(findRoute(withAreas(['settings']), 'throwaway')).toBeNull();
  });

  it("shows an enabled area's always-on part over every screen, and a disabled one's not at all", async () => {
    const shell = document.createElement('hearth-always-on');
    shell.config = withAreas([THROWAWAY, 'settings']);
    shell.settings = new SettingsStore();
    document.body.append(shell);
    await expect.poll(() => shell.querySelector('.throwaway-overlay')?.textContent).toBe('幸福里');
    expect(overlayLoads).toBe(1);
    shell.remove();

    const without = document.createElement('hearth-always-on');
    without.config = withAreas(['settings']);
    without.settings = new SettingsStore();
    document.body.append(without);
    await without.updateComplete;
    await Promise.resolve();
    expect(without.querySelector('.throwaway-overlay')).toBeNull();
    expect(overlayLoads).toBe(1);
    without.remove();
  });

  it("puts every area's declared addresses in the service worker's table", () => {
    const base = 'http://127.0.0.1:4173/';
    const config = withDemoSources(withAreas([]), 'http://127.0.0.1:4173');
    const resolve = (url: string) => new URL(url, base).href;
    const table = routingTableFor(
      allAreas().map((area) => area.dataAddresses?.(config, resolve) ?? {}),
      base,
      '/config.json',
    );
    const path = (url: string) => new URL(url).pathname;
    expect(table.personal.map(path).sort()).toEqual([
      '/demo-api/community/parcels.json',
      '/demo-api/fhir',
      '/demo-api/home-assistant',
      '/throwaway/api/',
    ]);
    expect(table.liveData.map(path).sort()).toEqual([
      '/demo-api/alerts/feed.xml',
      '/demo-api/community/notices.xml',
    ]);
    expect(table.publicData.map(path).sort()).toEqual([
      '/demo-api/channels/guide.xml',
      '/demo-api/channels/playlist.m3u',
      '/demo-api/community/catalog.json',
      '/demo-api/community/schemas/',
      '/demo-api/services/catalog.json',
      '/demo-api/services/schemas/',
    ]);
    expect(table.publicConfig).toEqual([]);
  });

  it("fills each area's source from its demo-source.ts in the demo build, keeping the operator's", () => {
    const operator = applyDefaults({
      sources: { channels: { playlistUrl: 'http://127.0.0.1:9/own.m3u' } },
    });
    const { sources } = withDemoSources(operator, 'http://127.0.0.1:4173');
    expect(sources.channels).toEqual({ playlistUrl: 'http://127.0.0.1:9/own.m3u' });
    for (const source of ['home', 'health', 'services', 'alerts', 'community'] as const) {
      expect(JSON.stringify(sources[source])).toContain('http://127.0.0.1:4173/demo-api/');
    }
  });

  it("merges each area's english.ts into the English locale", () => {
    for (const area of allAreas().filter((a) => a.id !== THROWAWAY)) {
      expect(templates, area.id).toHaveProperty(`${area.id}.title`);
    }
  });
});
