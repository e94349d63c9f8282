/**
 * The property manager's feeds, one of each per page, made from the operator's
 * config and started once the backend is ready (the demo's answers only once
 * its service worker controls the page); parcels may come from a Home
 * Assistant sensor instead, on the household's one connection.
 */
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../../data/backend-ready.js';
import { NoticeFeed } from '../../data/community/notice-feed.js';
import { HomeParcels } from '../../data/community/home-parcels.js';
import { ParcelFeed } from '../../data/community/parcel-feed.js';
import type { ParcelSource } from '../../data/community/parcel-source.js';
import { householdHome } from '../../data/home/household-home.js';

let notices: NoticeFeed | null = null;
let parcels: ParcelSource | null = null;

function started<T extends { start(): void }>(feed: T): T {
  void backendReady().then(() => feed.start());
  return feed;
}

export function noticeFeed(config: HearthConfig): NoticeFeed | null {
  const source = config.sources.community;
  if (!source?.noticesUrl) return null;
  notices ??= started(
    new NoticeFeed({
      url: source.noticesUrl,
      pollSeconds: source.pollSeconds,
      urgentCategories: source.urgentCategories,
    }),
  );
  return notices;
}

/** The property manager's parcel list, else a Home Assistant sensor's (parcelsEntity). */
export function parcelFeed(config: HearthConfig): ParcelSource | null {
  const source = config.sources.community;
  if (parcels) return parcels;
  if (source?.parcelsUrl) {
    parcels = started(new ParcelFeed({ url: source.parcelsUrl, pollSeconds: source.pollSeconds }));
  } else if (source?.parcelsEntity) {
    const home = householdHome(config);
    if (home) parcels = new HomeParcels(home, source.parcelsEntity);
  }
  return parcels;
}
