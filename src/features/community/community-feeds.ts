/**
 * The property manager's feeds, one of each per page, made from the operator's
 * config and started once the backend is ready (the demo's answers only once
 * its service worker controls the page).
 */
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../../data/backend-ready.js';
import { NoticeFeed } from '../../data/community/notice-feed.js';
import { ParcelFeed } from '../../data/community/parcel-feed.js';

let notices: NoticeFeed | null = null;
let parcels: ParcelFeed | null = null;

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

export function parcelFeed(config: HearthConfig): ParcelFeed | null {
  const source = config.sources.community;
  if (!source?.parcelsUrl) return null;
  parcels ??= started(new ParcelFeed({ url: source.parcelsUrl, pollSeconds: source.pollSeconds }));
  return parcels;
}
