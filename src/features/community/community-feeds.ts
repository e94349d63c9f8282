/**
 * The property manager's feeds, made once per config by the shell's registry
 * and started once the backend is ready (the demo's answers only once its
 * service worker controls the page); parcels may come from a Home Assistant
 * sensor instead, on the household's one connection.
 */
import { defineService } from '../../app/shell-services.js';
import { backendReady } from '../../data/backend-ready.js';
import { NoticeFeed } from '../../data/community/notice-feed.js';
import { HomeParcels } from '../../data/community/home-parcels.js';
import { ParcelFeed } from '../../data/community/parcel-feed.js';
import type { ParcelSource } from '../../data/community/parcel-source.js';
import { householdHomeService } from '../../data/home/household-home.js';

function started<T extends { start(): void }>(feed: T): T {
  void backendReady().then(() => feed.start());
  return feed;
}

export const noticeFeedService = defineService<NoticeFeed | null>({
  name: 'community.notices',
  create: ({ sources: { community } }) =>
    community?.noticesUrl
      ? started(
          new NoticeFeed({
            url: community.noticesUrl,
            pollSeconds: community.pollSeconds,
            urgentCategories: community.urgentCategories,
          }),
        )
      : null,
  stop: (feed) => feed.stop(),
});

/** The property manager's parcel list, else a Home Assistant sensor's (parcelsEntity). */
export const parcelFeedService = defineService<ParcelSource | null>({
  name: 'community.parcels',
  create: ({ sources: { community } }, services) => {
    if (community?.parcelsUrl) {
      return started(
        new ParcelFeed({ url: community.parcelsUrl, pollSeconds: community.pollSeconds }),
      );
    }
    const home = community?.parcelsEntity ? services.get(householdHomeService) : null;
    return home && community?.parcelsEntity ? new HomeParcels(home, community.parcelsEntity) : null;
  },
  stop: (feed) => feed.stop?.(),
});
