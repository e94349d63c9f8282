/**
 * Reads one CAP alert (OASIS CAP 1.2, and 1.1 which many national feeds still
 * send) into plain data. Elements are matched by local name, so `<cap:info>`
 * and `<info>` read alike. Anything the portal relies on to identify, update
 * or cancel an alert is required; a message without it is refused with a
 * CapParseError that says what is missing, so the feed can log it and move on.
 */
import type {
  CapAlert,
  CapArea,
  CapCircle,
  CapInfo,
  CapMsgType,
  CapReference,
  CapStatus,
  CapValuePair,
} from './cap-types.js';
import {
  CapParseError,
  childText,
  childrenNamed,
  parseXmlRoot,
  type XmlElement,
} from './safe-xml.js';

export { CapParseError } from './safe-xml.js';
export { decodeXml } from './decode-xml.js';

const CAP_NAMESPACES = new Set([
  'urn:oasis:names:tc:emergency:cap:1.2',
  'urn:oasis:names:tc:emergency:cap:1.1',
]);
const STATUSES: readonly CapStatus[] = ['Actual', 'Exercise', 'System', 'Test', 'Draft'];
const MSG_TYPES: readonly CapMsgType[] = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'];

/** Parses a CAP document; throws CapParseError naming the problem. */
export function parseCap(xml: string): CapAlert {
  const root = parseXmlRoot(xml);
  if (root.name !== 'alert') {
    throw new CapParseError(`not a CAP alert: root is <${root.name}>`);
  }
  const namespace = root.attributes[root.prefix ? `xmlns:${root.prefix}` : 'xmlns'];
  // No namespace at all is tolerated (some senders drop it); a foreign one is not CAP.
  if (namespace !== undefined && !CAP_NAMESPACES.has(namespace.trim())) {
    throw new CapParseError(`not a CAP alert: namespace is ${namespace}`);
  }
  const sent = required(root, 'sent');
  if (Number.isNaN(Date.parse(sent))) throw new CapParseError(`bad <sent> "${sent}"`);
  return {
    identifier: required(root, 'identifier'),
    sender: required(root, 'sender'),
    sent,
    status: oneOf(root, 'status', STATUSES),
    msgType: oneOf(root, 'msgType', MSG_TYPES),
    scope: required(root, 'scope'),
    references: parseReferences(childText(root, 'references')),
    infos: childrenNamed(root, 'info').map(parseInfo),
  };
}

function required(element: XmlElement, name: string): string {
  const text = childText(element, name);
  if (text === undefined) throw new CapParseError(`missing <${name}>`);
  return text;
}

function oneOf<T extends string>(element: XmlElement, name: string, allowed: readonly T[]): T {
  const text = required(element, name);
  const match = allowed.find((value) => value === text);
  if (match === undefined) throw new CapParseError(`unknown <${name}> "${text}"`);
  return match;
}

/** "sender,identifier,sent" triples separated by whitespace (CAP forbids spaces and commas in ids). */
function parseReferences(text: string | undefined): CapReference[] {
  if (text === undefined) return [];
  return text.split(/\s+/).map((entry) => {
    const [sender, identifier, sent, ...rest] = entry.split(',');
    if (!sender || !identifier || !sent || rest.length > 0) {
      throw new CapParseError(`bad <references> entry "${entry}"`);
    }
    return { sender, identifier, sent };
  });
}

function parseInfo(info: XmlElement): CapInfo {
  return {
    // CAP: "If not present, an implicit default value of 'en-US' SHALL be assumed."
    language: childText(info, 'language') ?? 'en-US',
    category: childrenNamed(info, 'category')
      .map((c) => c.text)
      .filter((c) => c !== ''),
    // A warning with a sloppy info block is still a warning: fall back rather than drop it.
    event: childText(info, 'event') ?? childText(info, 'headline') ?? '',
    urgency: childText(info, 'urgency') ?? 'Unknown',
    severity: childText(info, 'severity') ?? 'Unknown',
    certainty: childText(info, 'certainty') ?? 'Unknown',
    ...optional(info, [
      'effective',
      'onset',
      'expires',
      'senderName',
      'headline',
      'description',
      'instruction',
    ]),
    parameters: childrenNamed(info, 'parameter').map(parsePair),
    areas: childrenNamed(info, 'area').map(parseArea),
  };
}

type OptionalInfoField =
  'effective' | 'onset' | 'expires' | 'senderName' | 'headline' | 'description' | 'instruction';

/** Only fields that are present, so `exactOptionalPropertyTypes`-style consumers see no undefineds. */
function optional(
  info: XmlElement,
  names: OptionalInfoField[],
): Partial<Record<OptionalInfoField, string>> {
  const out: Partial<Record<OptionalInfoField, string>> = {};
  for (const name of names) {
    const text = childText(info, name);
    if (text !== undefined) out[name] = text;
  }
  return out;
}

function parsePair(element: XmlElement): CapValuePair {
  return {
    valueName: childText(element, 'valueName') ?? '',
    value: childText(element, 'value') ?? '',
  };
}

function parseArea(area: XmlElement): CapArea {
  return {
    areaDesc: childText(area, 'areaDesc') ?? '',
    polygons: childrenNamed(area, 'polygon').map((p) => parsePolygon(p.text)),
    circles: childrenNamed(area, 'circle').map((c) => parseCircle(c.text)),
    geocodes: childrenNamed(area, 'geocode').map(parsePair),
  };
}

function parsePoint(text: string, where: string): [number, number] {
  const parts = text.split(',');
  const lat = Number(parts[0]);
  const lon = Number(parts[1]);
  if (
    parts.length !== 2 ||
    parts[0]?.trim() === '' ||
    parts[1]?.trim() === '' ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lon) ||
    Math.abs(lat) > 90 ||
    Math.abs(lon) > 180
  ) {
    throw new CapParseError(`bad <${where}> point "${text}"`);
  }
  return [lat, lon];
}

/** "lat,lon lat,lon …" — a ring needs at least three distinct corners to enclose anything. */
function parsePolygon(text: string): [number, number][] {
  const points = text
    .split(/\s+/)
    .filter((p) => p !== '')
    .map((p) => parsePoint(p, 'polygon'));
  if (points.length < 3) throw new CapParseError(`bad <polygon> "${text}": fewer than 3 points`);
  return points;
}

/** "lat,lon radius" with the radius in kilometres. */
function parseCircle(text: string): CapCircle {
  const [centre, radius, ...rest] = text.split(/\s+/).filter((p) => p !== '');
  const radiusKm = Number(radius);
  if (centre === undefined || radius === undefined || rest.length > 0 || !(radiusKm >= 0)) {
    throw new CapParseError(`bad <circle> "${text}"`);
  }
  const [lat, lon] = parsePoint(centre, 'circle');
  return { lat, lon, radiusKm };
}
