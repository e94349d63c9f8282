/**
 * Reads an index feed (Atom, as NWS and many national services publish, or
 * RSS 2.0) that lists the URLs of the alerts currently in force. The alerts
 * themselves are fetched separately; the index only says where they are.
 * The same DOCTYPE/ENTITY refusal as for alerts applies: it comes from outside.
 */
import {
  CapParseError,
  childText,
  childrenNamed,
  parseXmlRoot,
  type XmlElement,
} from './safe-xml.js';

/** Alert URLs in document order (as written: relative ones are resolved by the caller). */
export function parseAlertIndex(xml: string): string[] {
  const root = parseXmlRoot(xml);
  if (root.name === 'feed') return unique(childrenNamed(root, 'entry').map(atomEntryLink));
  if (root.name === 'rss' || root.name === 'RDF') {
    const channels = childrenNamed(root, 'channel');
    // RSS 2.0 keeps <item> inside <channel>; RSS 1.0 (RDF) puts them beside it.
    const items = [
      ...channels.flatMap((c) => childrenNamed(c, 'item')),
      ...childrenNamed(root, 'item'),
    ];
    return unique(items.map((item) => childText(item, 'link')));
  }
  throw new CapParseError(`not an alert index: root is <${root.name}>`);
}

/** An entry's alert link: rel="alternate" (or no rel) wins over related/self links. */
function atomEntryLink(entry: XmlElement): string | undefined {
  const links = childrenNamed(entry, 'link').filter((l) => l.attributes['href']);
  const alternate = links.find((l) => (l.attributes['rel'] ?? 'alternate') === 'alternate');
  return (alternate ?? links[0])?.attributes['href']?.trim();
}

function unique(urls: (string | undefined)[]): string[] {
  return [...new Set(urls.filter((u): u is string => u !== undefined && u !== ''))];
}
