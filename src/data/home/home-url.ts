/**
 * Home Assistant's base URL as home-assistant-js-websocket wants it. The client
 * derives the socket from it (http → ws, https → wss, + `/api/websocket`) by
 * cutting the first four characters, so the base must start with `http` and
 * have no trailing slash. Operators may write the base or the socket URL, with
 * an IPv4 or IPv6 literal (`http://[fd00::5]:8123`) or a host name, and Home
 * Assistant behind a path prefix (the demo answers at `/demo-api/home-assistant`).
 */

const SCHEMES: Readonly<Record<string, string>> = {
  'http:': 'http:',
  'https:': 'https:',
  'ws:': 'http:',
  'wss:': 'https:',
};

const SOCKET_PATH = /\/api\/websocket\/?$/;

/**
 * The base URL for `createLongLivedTokenAuth`: scheme, host (IPv6 kept in
 * brackets) and any path prefix. Credentials, query and fragment are dropped
 * (Home Assistant authenticates with the token, inside the socket). Throws a
 * TypeError that does not quote the URL, which may carry credentials.
 */
export function homeAssistantBaseUrl(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, base ?? pageUrl());
  } catch {
    throw new TypeError('The Home Assistant address is not a URL');
  }
  const scheme = SCHEMES[parsed.protocol];
  if (!scheme) throw new TypeError('The Home Assistant address must use http, https, ws or wss');
  const path = parsed.pathname.replace(SOCKET_PATH, '').replace(/\/+$/, '');
  return `${scheme}//${parsed.host}${path}`;
}

/** The socket URL the client library will open for `baseUrl`, for messages and tests. */
export function homeAssistantSocketUrl(baseUrl: string): string {
  return `ws${baseUrl.slice(4)}/api/websocket`;
}

function pageUrl(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}
