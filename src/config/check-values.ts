/**
 * Checks the schema can't express because they depend on the TV: that the time
 * zone exists in this engine's time-zone data, and that URL fields parse
 * (against the page's base URL) and use a scheme Hearth can talk to. Values are
 * never quoted in messages: a URL may carry credentials.
 */
import type { ConfigIssue } from './types.js';

const HTTP = ['http:', 'https:'];
/** Home Assistant's API is a WebSocket; its base URL may be given either way. */
const HTTP_OR_WS = ['http:', 'https:', 'ws:', 'wss:'];

/** JSON pointer segments of each URL field ('*' = every array item) and its schemes. */
export const URL_FIELDS: readonly { path: readonly string[]; schemes: readonly string[] }[] = [
  { path: ['operator', 'logo'], schemes: HTTP },
  { path: ['sources', 'channels', 'playlistUrl'], schemes: HTTP },
  { path: ['sources', 'channels', 'guideUrl'], schemes: HTTP },
  { path: ['sources', 'home', 'url'], schemes: HTTP_OR_WS },
  { path: ['sources', 'health', 'fhirBaseUrl'], schemes: HTTP },
  { path: ['sources', 'services', 'catalogUrl'], schemes: HTTP },
  { path: ['sources', 'alerts', 'feedUrls', '*'], schemes: HTTP },
  { path: ['sources', 'community', 'noticesUrl'], schemes: HTTP },
  { path: ['sources', 'community', 'parcelsUrl'], schemes: HTTP },
  { path: ['sources', 'community', 'catalogUrl'], schemes: HTTP },
];

/**
 * The zones of China's operators, in every time zone database an engine with
 * time zones carries (Chromium since 24, every WebKit): taken as known without
 * asking `Intl`. The first `Intl.DateTimeFormat` of a page builds ICU's
 * formatters, 40–50 ms at 1× CPU here (some 300 ms on a 2019 TV), and asking it
 * here put that before the first focus; the clock, a task after it, pays it now.
 */
const ZONES_EVERY_ENGINE_KNOWS = new Set([
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Urumqi',
  'UTC',
]);

/** Errors for a `timeZone` this engine doesn't know. Non-strings are the schema's business. */
export function checkTimeZone(data: Record<string, unknown>): ConfigIssue[] {
  const timeZone = data['timeZone'];
  if (typeof timeZone !== 'string' || timeZone === '') return [];
  if (ZONES_EVERY_ENGINE_KNOWS.has(timeZone)) return [];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return [];
  } catch {
    return [
      {
        path: '/timeZone',
        keyword: 'timeZone',
        message: 'is not a time zone this TV knows (use an IANA name such as Asia/Shanghai)',
        params: {},
      },
    ];
  }
}

/** Errors for URL fields that don't parse or use another scheme. */
export function checkUrls(data: Record<string, unknown>, baseUrl: string): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const field of URL_FIELDS) {
    for (const { pointer, value } of valuesAt(data, field.path)) {
      if (typeof value !== 'string' || value === '') continue;
      const issue = checkUrl(value, baseUrl, field.schemes);
      if (issue) issues.push({ path: pointer, ...issue });
    }
  }
  return issues;
}

function parsesAlone(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function checkUrl(
  value: string,
  baseUrl: string,
  schemes: readonly string[],
): Omit<ConfigIssue, 'path'> | undefined {
  let url: URL;
  try {
    url = new URL(value, baseUrl);
  } catch {
    return { keyword: 'url', message: 'is not a valid URL', params: { reason: 'invalid' } };
  }
  // A relative URL takes the page's scheme, which the operator doesn't choose
  // (file: in a packaged Tizen or webOS app), so only absolute ones are checked.
  // Absolute is what the URL parser says it is: it drops leading control characters
  // and spaces, so "\u0001javascript:…" is absolute (and javascript:) to it.
  const isAbsolute = parsesAlone(value);
  if (isAbsolute && !schemes.includes(url.protocol)) {
    const allowed = schemes.map((scheme) => scheme.slice(0, -1));
    return {
      keyword: 'urlScheme',
      message: `must use ${allowed.join(', ')}, not ${url.protocol.slice(0, -1)}`,
      params: { scheme: url.protocol.slice(0, -1), allowed },
    };
  }
  return undefined;
}

function valuesAt(
  node: unknown,
  path: readonly string[],
  pointer = '',
): { pointer: string; value: unknown }[] {
  const [head, ...rest] = path;
  if (head === undefined) return [{ pointer, value: node }];
  if (head === '*') {
    if (!Array.isArray(node)) return [];
    return node.flatMap((item, index) => valuesAt(item, rest, `${pointer}/${index}`));
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  if (!Object.prototype.hasOwnProperty.call(node, head)) return [];
  return valuesAt((node as Record<string, unknown>)[head], rest, `${pointer}/${head}`);
}
