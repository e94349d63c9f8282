/**
 * The demo property manager over HTTP: its notice feed (public, revalidated
 * with ETags), its catalogue of services at home (submitted through the demo
 * gateway, service-handlers.ts) and the household's parcels waiting in lockers
 * (personal: never cached).
 */
import { http, type HttpHandler } from 'msw/http';
import type { DemoContext } from '../context';
import { DEMO_ENDPOINTS } from '../endpoints';
import { conditionalResponse } from '../http-cache';
import { buildCommunityCatalog } from './community-catalog';
import { demoNoticeFeed } from './notice-feed';

const CATALOG_REVISED = Date.parse('2026-12-06T00:00:00+08:00');

export function createCommunityHandlers(context: DemoContext): HttpHandler[] {
  const catalogJson = JSON.stringify(buildCommunityCatalog());
  return [
    http.get(context.route(DEMO_ENDPOINTS.communityCatalog), ({ request }) =>
      conditionalResponse(request, {
        body: catalogJson,
        contentType: 'application/json; charset=utf-8',
        lastModified: CATALOG_REVISED,
        cacheControl: 'no-cache',
      }),
    ),
    http.get(context.route(DEMO_ENDPOINTS.communityNotices), ({ request }) => {
      const feed = demoNoticeFeed(context.now());
      return conditionalResponse(request, {
        body: feed.body,
        contentType: 'application/atom+xml; charset=utf-8',
        lastModified: feed.updated,
        cacheControl: 'no-cache',
      });
    }),
    http.get(context.route(DEMO_ENDPOINTS.communityParcels), () => {
      const hour = Math.floor(context.now() / 3_600_000) * 3_600_000;
      const parcels = [
        {
          id: 'demo-parcel-1',
          carrier: '顺丰速运',
          locker: '3 号楼东侧快递柜 B12 格',
          code: '482913',
          arrivedAt: new Date(hour - 2 * 3_600_000).toISOString(),
        },
      ];
      return new Response(JSON.stringify({ parcels }), {
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }),
  ];
}
