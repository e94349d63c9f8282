/**
 * msw handlers for the demo playlist and guide. Both are public documents, so
 * they carry validators (ETag, Last-Modified) and are revalidated, not stored
 * blindly: `no-cache`, not `no-store`. And the live stream's playlists
 * (live-stream.ts), which change every five seconds and are never stored.
 */
import { http, type HttpHandler } from 'msw/http';
import type { DemoContext } from '../context';
import { DEMO_ENDPOINTS } from '../endpoints';
import { conditionalResponse, entityTag } from '../http-cache';
import { CHANNEL_LIST_REVISED } from './channel-list';
import { buildGuide, guideWindow } from './guide';
import { buildPlaylist } from './playlist';
import { liveMaster, liveMediaPlaylist, type LiveVariant } from './live-stream';

const HLS_TYPE = 'application/vnd.apple.mpegurl';

export function createChannelHandlers(context: DemoContext): HttpHandler[] {
  const playlist = buildPlaylist();
  // The guide is rebuilt once per half hour, not on every request.
  let cachedGuide: { anchor: number; xml: string; etag: string } | undefined;
  const guideAt = (now: number): { anchor: number; xml: string; etag: string } => {
    const { anchor } = guideWindow(now);
    if (cachedGuide?.anchor !== anchor) {
      const xml = buildGuide(now);
      cachedGuide = { anchor, xml, etag: entityTag(xml) };
    }
    return cachedGuide;
  };

  return [
    http.get(context.route(DEMO_ENDPOINTS.playlist), ({ request }) =>
      conditionalResponse(request, {
        body: playlist,
        // audio/x-mpegurl is what players and servers commonly send for .m3u.
        contentType: 'audio/x-mpegurl; charset=utf-8',
        lastModified: CHANNEL_LIST_REVISED,
        cacheControl: 'no-cache',
      }),
    ),
    http.get(
      context.route(DEMO_ENDPOINTS.liveStream),
      () =>
        new Response(
          liveMaster((variant) => DEMO_ENDPOINTS.liveMedia.replace(':variant', variant)),
          { headers: { 'Content-Type': HLS_TYPE, 'Cache-Control': 'no-store' } },
        ),
    ),
    http.get(context.route(DEMO_ENDPOINTS.liveMedia), ({ params }) => {
      const variant: LiveVariant = params.variant === 'vp9' ? 'vp9' : 'h264';
      return new Response(liveMediaPlaylist(context.now(), variant), {
        headers: { 'Content-Type': HLS_TYPE, 'Cache-Control': 'no-store' },
      });
    }),
    http.get(context.route(DEMO_ENDPOINTS.guide), ({ request }) => {
      const guide = guideAt(context.now());
      return conditionalResponse(request, {
        body: guide.xml,
        etag: guide.etag,
        contentType: 'application/xml; charset=utf-8',
        lastModified: guide.anchor,
        cacheControl: 'no-cache',
      });
    }),
  ];
}
