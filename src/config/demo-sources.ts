/**
 * In the demo build, every source the operator's config leaves out points at
 * the embedded demo backend, so a fresh `npm start` is a complete portal.
 */
import { DEMO_ENDPOINTS, DEMO_FHIR_TOKEN, DEMO_HOME_ASSISTANT_TOKEN } from '../demo/endpoints.js';
import { DEFAULT_URGENT_NOTICE_CATEGORIES } from './defaults.js';
import type { HearthConfig } from './types.js';

export function withDemoSources(config: HearthConfig, origin: string): HearthConfig {
  const at = (path: string) => new URL(path, origin).href;
  const s = config.sources;
  return {
    ...config,
    sources: {
      channels: s.channels ?? {
        playlistUrl: at(DEMO_ENDPOINTS.playlist),
        guideUrl: at(DEMO_ENDPOINTS.guide),
      },
      home: s.home ?? {
        url: at(DEMO_ENDPOINTS.homeAssistant),
        token: DEMO_HOME_ASSISTANT_TOKEN,
        // The demo flat's script tells the family and lights the hall.
        sos: { service: 'script.sos_call', holdSeconds: 2 },
      },
      health: s.health ?? {
        fhirBaseUrl: at(DEMO_ENDPOINTS.fhirBase),
        patient: DEMO_ENDPOINTS.fhirPatient,
        token: DEMO_FHIR_TOKEN,
        reminderMinutes: 15,
        // The demo's video rooms are on its own origin, which may always open.
        videoHosts: [],
      },
      services: s.services ?? {
        catalogUrl: at(DEMO_ENDPOINTS.serviceCatalog),
        // Stands in for the operator's mobile site in the QR hand-off.
        mobileUrl: at('/demo/mobile.html'),
      },
      alerts: s.alerts ?? {
        feedUrls: [at(DEMO_ENDPOINTS.alertsFeed)],
        pollSeconds: 60,
        includeTests: false,
      },
      community: s.community?.noticesUrl
        ? s.community
        : {
            ...s.community,
            noticesUrl: at(DEMO_ENDPOINTS.communityNotices),
            parcelsUrl: s.community?.parcelsUrl ?? at(DEMO_ENDPOINTS.communityParcels),
            catalogUrl: s.community?.catalogUrl ?? at(DEMO_ENDPOINTS.communityCatalog),
            address: s.community?.address ?? '朝阳区幸福里小区 3 号楼 1 单元 1201',
            pollSeconds: s.community?.pollSeconds ?? 60,
            urgentCategories: s.community?.urgentCategories ?? [
              ...DEFAULT_URGENT_NOTICE_CATEGORIES,
            ],
          },
    },
  };
}
