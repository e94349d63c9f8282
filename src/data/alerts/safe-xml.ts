/**
 * A small, hostile-input-safe XML reader shared by the CAP and index-feed
 * parsers. Alert feeds come from outside the home, so a document that declares
 * a DOCTYPE or an ENTITY is refused before any parsing happens: nothing is
 * resolved, fetched or expanded (XXE, billion laughs). Entity processing in
 * fast-xml-parser is switched off too, and only the five predefined XML
 * entities and numeric character references are decoded, here, by hand.
 */
import { XMLParser } from 'fast-xml-parser';

/** Thrown when an alert or feed cannot be read; the message says what is wrong. */
export class CapParseError extends Error {
  override name = 'CapParseError';
}

/** An element with its namespace prefix split off, so `cap:info` and `info` read alike. */
export interface XmlElement {
  name: string;
  prefix: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), trimmed. */
  text: string;
}

/** Refuses DTDs and entity declarations anywhere in the text, before any parsing. */
export function refuseDtd(xml: string): void {
  // Anywhere, not just the prolog: a declaration hidden inside is still hostile.
  if (/<!\s*DOCTYPE/i.test(xml)) {
    throw new CapParseError('refused: the document declares a DOCTYPE');
  }
  if (/<!\s*ENTITY/i.test(xml)) {
    throw new CapParseError('refused: the document declares an ENTITY');
  }
}

const PREDEFINED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the predefined entities and character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Out-of-range references are left alone rather than throwing mid-alert.
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false, // geocodes like "006109" must stay strings
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: false,
  cdataPropName: '#cdata',
});

type OrderedNode = Record<string, unknown>;

function isNodeList(value: unknown): value is OrderedNode[] {
  return Array.isArray(value);
}

function splitName(qualified: string): { prefix: string; name: string } {
  const colon = qualified.indexOf(':');
  return colon < 0
    ? { prefix: '', name: qualified }
    : { prefix: qualified.slice(0, colon), name: qualified.slice(colon + 1) };
}

/** Raw text of a CDATA node's children (no entity decoding: CDATA is literal). */
function cdataText(value: unknown): string {
  if (!isNodeList(value)) return '';
  return value.map((node) => (typeof node['#text'] === 'string' ? node['#text'] : '')).join('');
}

function toElement(qualified: string, node: OrderedNode): XmlElement {
  const { prefix, name } = splitName(qualified);
  const attributes: Record<string, string> = {};
  const rawAttributes = node[':@'];
  if (rawAttributes && typeof rawAttributes === 'object') {
    for (const [key, value] of Object.entries(rawAttributes)) {
      if (typeof value === 'string') attributes[key] = decodeEntities(value);
    }
  }
  const children: XmlElement[] = [];
  let text = '';
  const content = node[qualified];
  if (isNodeList(content)) {
    for (const child of content) {
      if (typeof child['#text'] === 'string') text += decodeEntities(child['#text']);
      else if ('#cdata' in child) text += cdataText(child['#cdata']);
      else {
        const key = Object.keys(child).find((k) => k !== ':@');
        if (key !== undefined) children.push(toElement(key, child));
      }
    }
  }
  return { name, prefix, attributes, children, text: text.trim() };
}

/** Parses well-formed XML (after refusing DTDs) and returns its root element. */
export function parseXmlRoot(xml: string): XmlElement {
  refuseDtd(xml);
  let nodes: unknown;
  try {
    nodes = parser.parse(xml, true);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CapParseError(`not well-formed XML: ${detail}`);
  }
  if (isNodeList(nodes)) {
    for (const node of nodes) {
      const key = Object.keys(node).find((k) => k !== ':@' && !k.startsWith('#'));
      if (key !== undefined) return toElement(key, node);
    }
  }
  throw new CapParseError('not well-formed XML: no root element');
}

/** Direct children with this local name, whatever their prefix. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Text of the first direct child with this local name, or undefined when absent or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
  const child = element.children.find((c) => c.name === name);
  return child && child.text !== '' ? child.text : undefined;
}
