/**
 * Reads the property manager's notice feed (Atom, or RSS 2.0 / 1.0) into
 * notices of plain text. The feed comes from outside the home: the same
 * hostile-input reader as the warnings feeds (a DOCTYPE or ENTITY is refused
 * before parsing), and whatever HTML an entry carries is reduced to its words.
 */
import {
  CapParseError,
  childText,
  childrenNamed,
  parseXmlRoot,
  type XmlElement,
} from '../alerts/safe-xml.js';
import { htmlToText } from './html-to-text.js';
import type { CommunityNotice } from './notice.js';

/** A feed of more entries is cut here: a TV lists the newest, not a year of them. */
export const MAX_NOTICES = 200;

export class NoticeFeedError extends CapParseError {
  override name = 'NoticeFeedError';
}

/** Notices newest first; `urgentCategories` are compared without regard to case. */
export function parseNoticeFeed(
  xml: string,
  urgentCategories: readonly string[] = [],
): CommunityNotice[] {
  const root = parseXmlRoot(xml);
  const urgent = new Set(urgentCategories.map((c) => c.trim().toLowerCase()));
  let notices: CommunityNotice[];
  if (root.name === 'feed') notices = childrenNamed(root, 'entry').map(atomNotice);
  else if (root.name === 'rss' || root.name === 'RDF') {
    const channels = childrenNamed(root, 'channel');
    const items = [
      ...channels.flatMap((c) => childrenNamed(c, 'item')),
      ...childrenNamed(root, 'item'),
    ];
    notices = items.map(rssNotice);
  } else throw new NoticeFeedError(`not a notice feed: root is <${root.name}>`);
  const seen = new Set<string>();
  return notices
    .filter((n) => n.title !== '' || n.text !== '')
    .filter((n) => !seen.has(n.id) && seen.add(n.id))
    .map((n) => ({ ...n, urgent: n.categories.some((c) => urgent.has(c.toLowerCase())) }))
    .sort((a, b) => (b.updated ?? 0) - (a.updated ?? 0))
    .slice(0, MAX_NOTICES);
}

/** All the text under an element (inline XHTML content keeps its words). */
function allText(element: XmlElement): string {
  return [element.text, ...element.children.map(allText)].filter((t) => t !== '').join(' ');
}

/** An Atom text construct: type="html" is escaped HTML, "xhtml" inline markup, else text. */
function atomText(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = element.attributes['type'] ?? 'text';
  if (type === 'xhtml') return htmlToText(allText(element));
  if (type === 'html' || type === 'text/html') return htmlToText(element.text);
  return element.text.trim();
}

function first(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

function time(text: string | undefined): number | null {
  if (!text) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : at;
}

function atomNotice(entry: XmlElement): CommunityNotice {
  const title = atomText(first(entry, 'title'));
  const text = atomText(first(entry, 'content')) || atomText(first(entry, 'summary'));
  const link = childrenNamed(entry, 'link')[0]?.attributes['href'];
  return {
    id: childText(entry, 'id') ?? link ?? title,
    title,
    text,
    categories: childrenNamed(entry, 'category')
      .map((c) => (c.attributes['term'] ?? c.attributes['label'] ?? c.text).trim())
      .filter((c) => c !== ''),
    updated: time(childText(entry, 'updated') ?? childText(entry, 'published')),
    urgent: false,
  };
}

function rssNotice(item: XmlElement): CommunityNotice {
  // RSS titles and descriptions are HTML by custom (escaped, or in CDATA).
  const title = htmlToText(childText(item, 'title') ?? '');
  const text = htmlToText(childText(item, 'encoded') ?? childText(item, 'description') ?? '');
  return {
    id: childText(item, 'guid') ?? childText(item, 'link') ?? title,
    title,
    text,
    categories: childrenNamed(item, 'category')
      .map((c) => c.text.trim())
      .filter((c) => c !== ''),
    updated: time(childText(item, 'pubDate') ?? childText(item, 'date')),
    urgent: false,
  };
}
