/**
 * The addresses of a catalogue that carry personal data: where each form is
 * sent, and where its application's status is read. The service worker must
 * never cache them, even when they sit under a folder it keeps (the form
 * schemas' `…/schemas/`), so the page tells it once the catalogue is known.
 */
import type { Catalog } from './catalog-types.js';

export function personalUrlsOf(catalog: Catalog): string[] {
  const urls = new Set<string>();
  for (const service of catalog.services) {
    urls.add(withoutQuery(service.submitUrl));
    urls.add(statusPrefix(service.statusUrl));
  }
  return [...urls];
}

/** `…/submit?x=1` → `…/submit`: the worker matches on path-segment boundaries. */
function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/**
 * The part of a status template every status address starts with:
 * `…/applications/{receipt}/status` → `…/applications/`;
 * `…/status?receipt={receipt}` → `…/status`.
 */
function statusPrefix(template: string): string {
  const before = template.split('{receipt}')[0] ?? template;
  const query = before.search(/[?#]/);
  if (query >= 0) return before.slice(0, query);
  return before.slice(0, before.lastIndexOf('/') + 1);
}
