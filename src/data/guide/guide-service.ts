/**
 * What the guide worker does, apart from being a worker (guide-worker.ts binds
 * it to `self`; tests drive it directly): fetch a guide conditionally, stream
 * it through decode → scanner → store, and answer queries from the store,
 * which never leaves the worker — the page only ever holds the channel list
 * and the programmes of the window it draws.
 *
 * While a new guide loads, the one held keeps answering queries; it is
 * replaced only when the new one is complete.
 *
 * A guide past a cap (guide-limits.ts: bytes downloaded, bytes of XML,
 * programmes, channels) is read up to the cap and no further: the download is
 * cancelled, what was read is served, and `capped` in the answer says which cap
 * it reached.
 */
import { matchGuideChannels } from './channel-matcher.js';
import { decodeGuideStream } from './decode-guide-bytes.js';
import {
  GUIDE_LIMITS,
  GuideTooLargeError,
  type GuideCapped,
  type GuideLimits,
} from './guide-limits.js';
import type { GuideRequest, GuideResponse, LoadRequest } from './guide-messages.js';
import { GuideStoreBuilder, type GuideStore } from './guide-store.js';
import type { Programme } from './guide-types.js';
import { ProgrammeSearch } from './programme-search.js';
import { createXmltvParser, GuideRefusedError } from './xmltv-scanner.js';

/** A progress message after at least this many more programmes. */
const PROGRESS_EVERY = 20_000;

export interface GuideServiceOptions {
  post: (message: GuideResponse) => void;
  fetch?: typeof fetch;
  /** The caps (tests lower them); GUIDE_LIMITS by default. */
  limits?: GuideLimits;
}

class Superseded extends Error {}

export function createGuideService({
  post,
  fetch: fetchImpl = fetch,
  limits = GUIDE_LIMITS,
}: GuideServiceOptions) {
  let store: GuideStore | undefined;
  /** The search of the guide held, with the pinyin of its titles worked out so far. */
  let search: ProgrammeSearch | undefined;
  let held: { url: string; etag?: string; lastModified?: string } | undefined;
  let loading: { id: number; controller: AbortController } | undefined;

  function fail(id: number, error: unknown): void {
    post({
      type: 'error',
      id,
      message: error instanceof Error ? error.message : String(error),
      refused: error instanceof GuideRefusedError,
    });
  }

  async function load(request: LoadRequest): Promise<void> {
    loading?.controller.abort(new Superseded('a newer guide load replaced this one'));
    const controller = new AbortController();
    const current = { id: request.id, controller };
    loading = current;
    const { signal } = controller;
    const headers: Record<string, string> = {};
    // Validators only make sense for the guide this worker actually holds.
    if (store && held?.url === request.url) {
      const etag = request.etag ?? held.etag;
      const lastModified = request.lastModified ?? held.lastModified;
      if (etag) headers['If-None-Match'] = etag;
      if (lastModified) headers['If-Modified-Since'] = lastModified;
    }
    const builder = new GuideStoreBuilder(limits);
    try {
      const response = await fetchImpl(request.url, { headers, signal });
      if (response.status === 304 && store) {
        post({ type: 'unchanged', id: request.id, stats: store.stats, channels: store.channels() });
        return;
      }
      if (!response.ok) throw new Error(`the guide server answered HTTP ${response.status}`);
      if (!response.body) throw new Error('the guide server sent an empty answer');
      const parser = createXmltvParser(builder);
      let reported = 0;
      let partial: string | undefined;
      let tooLarge: GuideCapped | undefined;
      try {
        for await (const text of decodeGuideStream(response.body, limits)) {
          if (signal.aborted) throw signal.reason;
          parser.write(text);
          if (builder.programmeCount - reported >= PROGRESS_EVERY) {
            reported = builder.programmeCount;
            post({ type: 'progress', id: request.id, programmes: reported });
          }
          // Nothing more would be kept: stop reading (leaving the loop cancels the download).
          if (builder.full) break;
        }
        if (!builder.full) parser.end();
      } catch (error) {
        // A guide cut short still serves what was read, unless it was refused or abandoned.
        if (error instanceof GuideRefusedError || signal.aborted) throw error;
        if (error instanceof GuideTooLargeError) tooLarge = { limit: error.limit, max: error.max };
        else if (builder.programmeCount === 0) throw error;
        else partial = error instanceof Error ? error.message : String(error);
      }
      // The builder's caps are reached while reading, so before the download's.
      const capped = builder.capped ?? tooLarge;
      store = builder.finish();
      search = undefined;
      if (capped) {
        console.warn(
          `[hearth:guide] the guide reached its ${capped.limit} cap (${capped.max}); only what came before it is shown`,
          store.stats,
        );
      }
      // A capped guide is capped alike next time: its validators spare downloading it again.
      const etag = partial ? undefined : (response.headers.get('ETag') ?? undefined);
      const lastModified = partial
        ? undefined
        : (response.headers.get('Last-Modified') ?? undefined);
      held = { url: request.url, etag, lastModified };
      post({
        type: 'ready',
        id: request.id,
        ...(etag !== undefined && { etag }),
        ...(lastModified !== undefined && { lastModified }),
        stats: store.stats,
        channels: store.channels(),
        ...(partial !== undefined && { partial }),
        ...(capped !== undefined && { capped }),
      });
    } catch (error) {
      fail(request.id, signal.aborted && signal.reason instanceof Error ? signal.reason : error);
    } finally {
      if (loading === current) loading = undefined;
    }
  }

  /** Handles one request from the page. */
  function handle(request: GuideRequest): Promise<void> | void {
    switch (request.type) {
      case 'load':
        return load(request);
      case 'abort':
        if (loading?.id === request.id) {
          loading.controller.abort(new Error('the guide load was abandoned'));
        }
        return;
      case 'query': {
        if (!store) return fail(request.id, new Error('no guide is loaded'));
        const programmes: Record<string, Programme[]> = Object.create(null) as Record<
          string,
          Programme[]
        >;
        for (const channelId of request.channelIds) {
          programmes[channelId] = store.programmes(channelId, request.from, request.to);
        }
        post({ type: 'result', id: request.id, programmes });
        return;
      }
      case 'search': {
        if (!store) return fail(request.id, new Error('no guide is loaded'));
        search ??= new ProgrammeSearch(store);
        post({ type: 'found', id: request.id, programmes: search.find(request) });
        return;
      }
      case 'match': {
        if (!store) return fail(request.id, new Error('no guide is loaded'));
        const matches = matchGuideChannels(request.playlist, store.channels());
        post({ type: 'matched', id: request.id, matches: [...matches] });
        return;
      }
    }
  }

  return { handle };
}

export type GuideService = ReturnType<typeof createGuideService>;
