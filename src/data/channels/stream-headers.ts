/**
 * Kodi's way of attaching HTTP headers to a stream address:
 * `http://host/live.m3u8|User-Agent=Foo%20Bar&Referer=http://site/`.
 * Players fetch the part before `|`; the rest is not part of the address.
 */

export interface StreamAddress {
  url: string;
  headers: Record<string, string>;
}

export function splitStreamHeaders(address: string): StreamAddress {
  const bar = address.indexOf('|');
  if (bar < 0) return { url: address.trim(), headers: {} };
  const headers: Record<string, string> = {};
  for (const pair of address.slice(bar + 1).split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const name = pair.slice(0, equals).trim();
    if (name) headers[headerName(name)] = decodeHeaderValue(pair.slice(equals + 1));
  }
  return { url: address.slice(0, bar).trim(), headers };
}

const CANONICAL_NAMES: Record<string, string> = {
  'user-agent': 'User-Agent',
  'http-user-agent': 'User-Agent',
  referer: 'Referer',
  referrer: 'Referer',
  'http-referer': 'Referer',
  // VLC spells it this way (`#EXTVLCOPT:http-referrer=`); the HTTP header does not.
  'http-referrer': 'Referer',
  origin: 'Origin',
  'http-origin': 'Origin',
  cookie: 'Cookie',
  'http-cookie': 'Cookie',
  authorization: 'Authorization',
};

/**
 * One spelling per header, so a `user-agent` from one source and a
 * `User-Agent` from another override each other instead of both being sent.
 */
export function headerName(name: string): string {
  return CANONICAL_NAMES[name.toLowerCase()] ?? name;
}

/** The header a player option stands for (`http-user-agent` → `User-Agent`), if any. */
export function headerForOption(option: string): string | undefined {
  const name = option.trim().toLowerCase();
  const isHeaderOption = name.startsWith('http-') || /^(user-agent|referr?er)$/.test(name);
  return isHeaderOption ? CANONICAL_NAMES[name] : undefined;
}

/** Kodi URL-decodes the values (`+` included); lists that never encoded them pass through. */
function decodeHeaderValue(value: string): string {
  const spaced = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced).trim();
  } catch {
    return spaced.trim();
  }
}
