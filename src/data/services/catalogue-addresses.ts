/**
 * A form catalogue's public addresses: the catalogue and the folder of form
 * schemas published next to it (the 电视办 contract, docs/services.md). 电视办
 * and 社区's repairs both name one, and the service worker caches both alike.
 */
export function catalogueAddresses(
  catalogUrl: string | undefined,
  resolve: (url: string) => string,
): string[] {
  if (!catalogUrl) return [];
  const catalog = resolve(catalogUrl);
  return [catalog, new URL('./', catalog).href + 'schemas/'];
}
