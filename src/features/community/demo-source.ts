/**
 * The demo property manager, unless the operator names a notices feed; parts
 * the operator did set (a parcels sensor, an address) are kept.
 */
import type { DemoSource } from '../../app/demo-sources.js';
import { DEFAULT_URGENT_NOTICE_CATEGORIES } from '../../config/defaults.js';
import { DEMO_ENDPOINTS } from '../../demo/endpoints.js';

export const demoSource: DemoSource = ({ community }, at) => ({
  community: community?.noticesUrl
    ? community
    : {
        ...community,
        noticesUrl: at(DEMO_ENDPOINTS.communityNotices),
        parcelsUrl: community?.parcelsUrl ?? at(DEMO_ENDPOINTS.communityParcels),
        catalogUrl: community?.catalogUrl ?? at(DEMO_ENDPOINTS.communityCatalog),
        address: community?.address ?? '朝阳区幸福里小区 3 号楼 1 单元 1201',
        pollSeconds: community?.pollSeconds ?? 60,
        urgentCategories: community?.urgentCategories ?? [...DEFAULT_URGENT_NOTICE_CATEGORIES],
      },
});
