/**
 * The page tells the worker which URLs of the operator's config are public and
 * which personal; the worker keeps the table in IndexedDB so it still knows
 * after a restart with no page open.
 */
import type { HearthConfig } from '../config/types.js';
import { EMPTY_ROUTING_TABLE, type RoutingTable } from './request-kind.js';

export const ROUTING_MESSAGE = 'hearth-routing-table';

export function routingTableFor(
  config: HearthConfig,
  base: string,
  configUrl: string,
): RoutingTable {
  const abs = (u: string | undefined) => (u ? new URL(u, base).href : null);
  const list = (values: (string | null)[]) => values.filter((v): v is string => v !== null);
  const { channels, home, health, services, alerts, community } = config.sources;
  // Both catalogues (电视办's, and 社区's services at home), each with the form
  // schemas published next to it.
  const catalogs: string[] = [];
  for (const catalog of [abs(services?.catalogUrl), abs(community?.catalogUrl)]) {
    if (catalog) catalogs.push(catalog, new URL('./', catalog).href + 'schemas/');
  }
  return {
    publicData: list([abs(channels?.playlistUrl), abs(channels?.guideUrl), ...catalogs]),
    liveData: list([...(alerts?.feedUrls ?? []).map(abs), abs(community?.noticesUrl)]),
    personal: list([abs(health?.fhirBaseUrl), abs(home?.url), abs(community?.parcelsUrl)]),
    publicConfig: new URL(configUrl, base).pathname === '/config.json' ? [] : [configUrl],
  };
}

export { EMPTY_ROUTING_TABLE };
