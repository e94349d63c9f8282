/**
 * Which caching rule a request falls under. Personal data is never cached:
 * anything carrying credentials, and every health, submission, device or
 * token endpoint, goes to the network only. Public data (config, playlist,
 * guide, service catalogue, form schemas) is served stale while revalidating,
 * so the portal starts offline with what it last saw; logos and posters come
 * from a capped cache; warnings are fetched fresh and fall back to the last copy.
 */
export type RequestKind = 'config' | 'public' | 'live' | 'asset' | 'personal' | 'network';

/** URL prefixes from the operator's config, sent by the page (see routing-table.ts). */
export interface RoutingTable {
  publicData: string[];
  liveData: string[];
  personal: string[];
  /** A config loaded from elsewhere with ?config= (cached like public data). */
  publicConfig: string[];
}

export const EMPTY_ROUTING_TABLE: RoutingTable = {
  publicData: [],
  liveData: [],
  personal: [],
  publicConfig: [],
};

export function mergeTables(a: RoutingTable, b: RoutingTable): RoutingTable {
  return {
    publicData: [...a.publicData, ...b.publicData],
    liveData: [...a.liveData, ...b.liveData],
    personal: [...a.personal, ...b.personal],
    publicConfig: [...a.publicConfig, ...b.publicConfig],
  };
}

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

/**
 * `href` is `base` itself or inside it, on a path-segment boundary: a FHIR base
 * `…/fhir` covers `…/fhir/Appointment` but not `…/fhir-public/…`.
 */
function isUnder(href: string, base: string): boolean {
  if (!href.startsWith(base)) return false;
  if (base.endsWith('/') || href.length === base.length) return true;
  return '/?#'.includes(href.charAt(base.length));
}

/**
 * Public data is named document by document (a playlist, a guide, a catalogue) plus
 * folders that end in '/' (the form schemas): a catalogue at `…/services` must not
 * make every application under `…/services/applications/…` public and cached.
 */
function isPublished(href: string, entry: string): boolean {
  if (entry.endsWith('/')) return href.startsWith(entry);
  return href === entry || href.startsWith(`${entry}?`) || href.startsWith(`${entry}#`);
}

export function requestKind(facts: RequestFacts, table: RoutingTable): RequestKind {
  const { url } = facts;
  const href = url.href;
  const under = (prefixes: string[]) => prefixes.some((p) => isUnder(href, p));

  if (facts.hasCredentials || under(table.personal)) return 'personal';
  if (facts.method !== 'GET') return 'network';
  // The operator's config: fresh when online (an edit applies at the next start), cached for offline.
  if (url.origin === facts.origin && url.pathname === '/config.json') return 'config';
  if (STREAM_EXTENSIONS.test(url.pathname)) return 'network';
  if (under(table.liveData)) return 'live';
  if (table.publicData.some((p) => isPublished(href, p)) || table.publicConfig.includes(href))
    return 'public';
  if (facts.destination === 'image' || ASSET_EXTENSIONS.test(url.pathname)) return 'asset';
  return 'network';
}
