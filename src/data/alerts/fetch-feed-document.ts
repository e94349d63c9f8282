/**
 * One request for a CAP document or index, bounded in time and in size: a server
 * that never answers (or stops halfway through a body) must not stop the feed's
 * polling, and a huge body must not fill a TV's memory. Conditional: it sends the
 * validators it is given and reports 304 as unchanged; the caller decides when the
 * validators of an answer may be kept (an index's only once all its alerts are read).
 */
import { readCappedBody } from '../read-capped-body.js';
import { decodeXml } from './decode-xml.js';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedDocument =
  { changed: false } | { changed: true; text: string; validators: Validators };

export interface FetchFeedOptions {
  fetchImpl?: typeof fetch;
  validators?: Validators;
  /** The whole request, body included. */
  timeoutMs: number;
  maxBytes: number;
}

export class FeedDocumentError extends Error {}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const body = await readCappedBody(response, maxBytes);
  if (!body) throw new FeedDocumentError(`${url} is over ${maxBytes} bytes`);
  return body;
}

/**
 * The document at `url`. A conditional request the network refuses outright
 * (a CAP server on another host whose CORS answer does not allow If-None-Match
 * or If-Modified-Since fails every one of them) is asked again plainly: a whole
 * download each poll is better than no warnings at all.
 */
export async function fetchFeedDocument(
  url: string,
  options: FetchFeedOptions,
): Promise<FeedDocument> {
  const conditional = Boolean(options.validators?.etag || options.validators?.lastModified);
  try {
    return await fetchOnce(url, options);
  } catch (error) {
    if (!conditional || error instanceof FeedDocumentError) throw error;
    console.warn(`[hearth:alerts] ${url} refused a conditional request; asking plainly`);
    return fetchOnce(url, { ...options, validators: undefined });
  }
}

async function fetchOnce(url: string, options: FetchFeedOptions): Promise<FeedDocument> {
  const headers: Record<string, string> = {};
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified)
    headers['If-Modified-Since'] = options.validators.lastModified;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await (options.fetchImpl ?? fetch)(url, {
      headers,
      signal: controller.signal,
    });
    if (response.status === 304) return { changed: false };
    if (!response.ok) throw new FeedDocumentError(`HTTP ${response.status} for ${url}`);
    const body = await readCapped(response, options.maxBytes, url);
    return {
      changed: true,
      text: decodeXml(body),
      validators: {
        etag: response.headers.get('ETag'),
        lastModified: response.headers.get('Last-Modified'),
      },
    };
  } catch (error) {
    if (timedOut)
      throw new FeedDocumentError(`no answer from ${url} in ${options.timeoutMs / 1000} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
