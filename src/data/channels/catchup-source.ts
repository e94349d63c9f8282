/**
 * The address template a channel's catch-up mode stands for, before its
 * placeholders are filled. The rules are pvr.iptvsimple's, which is what
 * providers test against; see catchup-template.ts for the placeholders.
 */
import type { CatchupSpec } from './channel-types.js';

export function catchupTemplate(spec: CatchupSpec, streamUrl: string): string | undefined {
  switch (spec.mode) {
    case 'default':
      return spec.source || undefined;
    case 'append':
      return spec.source ? streamUrl + spec.source : undefined;
    case 'shift':
      // The SIPTV convention: the live address itself, told where to start.
      return `${streamUrl}${streamUrl.includes('?') ? '&' : '?'}utc={utc}&lutc={lutc}`;
    case 'flussonic':
      return flussonicTemplate(streamUrl);
    case 'xc':
      return xtreamCodesTemplate(streamUrl);
  }
}

/**
 * Flussonic serves a past stretch of a channel from the channel's own folder:
 * `…/CH/index.m3u8?token=x` → `…/CH/index-{start}-{duration}.m3u8?token=x`
 * (a finished playlist of exactly the programme), and the MPEG-TS address
 * `…/CH/mpegts` → `…/CH/timeshift_abs-{start}.ts`. Any other last segment
 * (`…/CH/live`) still names the channel folder, so the HLS archive form is used.
 * Kodi itself asks for `timeshift_rel-{offset:1}` so it can play on into the
 * present; a guide entry has a known end, which the absolute form uses.
 */
function flussonicTemplate(streamUrl: string): string | undefined {
  const queryAt = streamUrl.indexOf('?');
  const path = queryAt < 0 ? streamUrl : streamUrl.slice(0, queryAt);
  const query = queryAt < 0 ? '' : streamUrl.slice(queryAt);
  const match = /^(https?:\/\/[^/?#]+)\/(.+)\/([^/]*)$/i.exec(path);
  if (!match) return undefined;
  const [, host, channel, last = ''] = match;
  if (last === 'mpegts') return `${host}/${channel}/timeshift_abs-{utc}.ts${query}`;
  const playlist = /^(.+)\.m3u8$/i.exec(last)?.[1] ?? 'index';
  return `${host}/${channel}/${playlist}-{utc}-{duration}.m3u8${query}`;
}

/**
 * Xtream Codes panels: `http://host:port/[live/]user/pass/123[.ext]` →
 * `http://host:port/timeshift/user/pass/{minutes}/{Y}-{m}-{d}:{H}-{M}/123.ext`.
 * The panel reads the start as its own wall-clock time, hence `{Y}`… (the
 * portal's zone), and a stream without extension is MPEG-TS.
 */
function xtreamCodesTemplate(streamUrl: string): string | undefined {
  const match =
    /^(https?:\/\/[^/?#]+)\/(?:live\/)?([^/?#]+)\/([^/?#]+)\/([^/?#.]+)(\.[a-z0-9]+)?$/i.exec(
      streamUrl,
    );
  if (!match) return undefined;
  const [, host, user, password, stream, extension = '.ts'] = match;
  return `${host}/timeshift/${user}/${password}/{duration:60}/{Y}-{m}-{d}:{H}-{M}/${stream}${extension}`;
}
