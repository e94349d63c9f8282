/**
 * Which caching rule a request falls under. Personal data is never cached:
 * anything carrying credentials, and every health, submission, device or
 * token endpoint, goes to the network only. Public data (config, playlist,
 * guide, service catalogue, form schemas) is served stale while revalidating,
 * so the portal starts offline with what it last saw; logos and posters come
 * from a capped cache; warnings are fetched fresh and fall back to the last copy.
 */
export type RequestKind = 'public' | 'live' | 'asset' | 'personal' | 'network';

/** URL prefixes from the operator's config, sent by the page (see routing-table.ts). */
export interface RoutingTable {
  publicData: string[];
  liveData: string[];
  personal: string[];
}

export const EMPTY_ROUTING_TABLE: RoutingTable = { publicData: [], liveData: [], personal: [] };

/** Same-origin paths that are always personal (the demo backend's private endpoints). */
const PERSONAL_PATHS = [
  '/demo-api/fhir/',
  '/demo-api/services/submissions',
  '/demo-api/home-assistant/',
];
const PUBLIC_PATHS = ['/config.json', '/demo-api/channels/', '/demo-api/services/catalog.json'];
const LIVE_PATHS = ['/demo-api/alerts/'];
const ASSET_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;
/** Video is streamed, never cached. */
const STREAM_EXTENSIONS = /\.(m3u8|ts|m4s|mp4|aac|mpd)$/i;

export interface RequestFacts {
  url: URL;
  method: string;
  destination: string;
  hasCredentials: boolean;
  origin: string;
}

export function requestKind(facts: RequestFacts, table: RoutingTable): RequestKind {
  const { url } = facts;
  const href = url.href;
  const sameOrigin = url.origin === facts.origin;
  const under = (prefixes: string[]) => prefixes.some((p) => href.startsWith(p));
  const underPath = (paths: string[]) =>
    sameOrigin && paths.some((p) => url.pathname.startsWith(p));

  if (facts.hasCredentials || under(table.personal) || underPath(PERSONAL_PATHS)) return 'personal';
  if (facts.method !== 'GET') return 'network';
  if (STREAM_EXTENSIONS.test(url.pathname)) return 'network';
  if (under(table.liveData) || underPath(LIVE_PATHS)) return 'live';
  if (under(table.publicData) || underPath(PUBLIC_PATHS)) return 'public';
  if (facts.destination === 'image' || ASSET_EXTENSIONS.test(url.pathname)) return 'asset';
  return 'network';
}

/** Prefixes of URLs that must never be cached, for the cache audit and tests. */
export function isPersonalUrl(href: string, table: RoutingTable, origin: string): boolean {
  const url = new URL(href);
  return (
    requestKind({ url, method: 'GET', destination: '', hasCredentials: false, origin }, table) ===
    'personal'
  );
}
