/**
 * Telling a stream address apart from the junk lines real lists carry
 * (`=====sudan=====` banners, stray words), and naming a channel after its
 * address when the list gave it no name.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `http://…`, `https://[::1]/…`, `rtmp://…`, `udp://@…`, `plugin://…`. */
export function isAbsoluteAddress(line: string): boolean {
  return SCHEME.test(line);
}

/**
 * A relative path (`stream/chunklist.m3u8`, `movie.m3u8`), which lists use and
 * the loader resolves against the list's own URL. Only trusted right after an
 * `#EXTINF`, since a lone word would otherwise become a channel.
 */
export function isRelativeAddress(line: string): boolean {
  const path = line.split('|', 1)[0] ?? '';
  return path !== '' && !/\s/.test(path) && /[./]/.test(path);
}

/** The last path segment (`http://[::1]/live/cctv1.m3u8?t=1` → `cctv1.m3u8`), else the address itself. */
export function nameFromAddress(address: string): string {
  const path = address.replace(/[?#].*$/s, '');
  const segment = path
    .split('/')
    .filter((part) => part !== '')
    .pop();
  if (!segment || segment.endsWith(':')) return address;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
