/**
 * HTTP validators for the demo's public documents (playlist, guide, alert feed):
 * an ETag from the body and a Last-Modified, answered with 304 when the client
 * already holds the same version. Real EPG and CAP servers do this, and the
 * portal's fetchers are meant to revalidate rather than download 1 MB again.
 */
import { hashString } from './seeded-random';

export interface CacheableBody {
  body: string;
  contentType: string;
  /** When this version of the document came to be (ms since the epoch). */
  lastModified: number;
  cacheControl: string;
  /** The body's entityTag(), when the caller keeps it (hashing 2 MB on every poll adds up). */
  etag?: string;
}

/** A strong validator: the hash and the length of the body. */
export function entityTag(body: string): string {
  return `"${hashString(body).toString(16)}-${body.length.toString(16)}"`;
}

function matchesIfNoneMatch(header: string, etag: string): boolean {
  // If-None-Match uses the weak comparison: W/"x" and "x" are the same tag.
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

function notModifiedSince(header: string, lastModified: number): boolean {
  const since = Date.parse(header);
  // HTTP dates have whole seconds, so compare at that precision.
  return !Number.isNaN(since) && Math.floor(lastModified / 1000) <= Math.floor(since / 1000);
}

/** 200 with the body, or 304 when If-None-Match / If-Modified-Since say it is unchanged. */
export function conditionalResponse(request: Request, document: CacheableBody): Response {
  const etag = document.etag ?? entityTag(document.body);
  const headers = new Headers({
    ETag: etag,
    'Last-Modified': new Date(document.lastModified).toUTCString(),
    'Cache-Control': document.cacheControl,
  });
  const ifNoneMatch = request.headers.get('If-None-Match');
  const ifModifiedSince = request.headers.get('If-Modified-Since');
  // RFC 9110 §13.1.3: If-Modified-Since is ignored when If-None-Match is present.
  const unchanged =
    ifNoneMatch !== null
      ? matchesIfNoneMatch(ifNoneMatch, etag)
      : ifModifiedSince !== null && notModifiedSince(ifModifiedSince, document.lastModified);
  if (unchanged) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', document.contentType);
  return new Response(document.body, { status: 200, headers });
}
