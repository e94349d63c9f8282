/**
 * The demo playlist as an extended M3U, with the attributes IPTV players read
 * (tvg-id, tvg-name, tvg-chno, tvg-logo, group-title, radio, catch-up) and the
 * guide announced in the header. Every address is a path on the portal's own
 * origin: the playlist must work wherever the portal is served and never send a
 * player to another host.
 */
import { DEMO_ENDPOINTS } from '../endpoints';
import { DEMO_CHANNELS, channelLogoPath, type DemoChannel } from './channel-list';

/**
 * Catch-up in the style of Chinese IPTV middleware: the start and end of the
 * wanted programme in a `playseek` query (Kodi's `{utc:…}` / `{utcend:…}`
 * placeholders). The demo stream ignores it and plays the test pattern.
 */
const CATCHUP_SOURCE = `${DEMO_ENDPOINTS.stream}?playseek={utc:YmdHMS}-{utcend:YmdHMS}`;

function attribute(name: string, value: string): string {
  // M3U has no escaping: keep quotes out of attribute values.
  return `${name}="${value.replace(/"/g, "'")}"`;
}

function entry(channel: DemoChannel): string {
  const attributes = [
    attribute('tvg-id', channel.id),
    attribute('tvg-name', channel.name),
    attribute('tvg-chno', String(channel.number)),
    attribute('tvg-logo', channelLogoPath(channel)),
    attribute('group-title', channel.groups.join(';')),
  ];
  if (channel.radio) attributes.push(attribute('radio', 'true'));
  if (channel.catchupDays !== undefined) {
    attributes.push(
      attribute('catchup', 'default'),
      attribute('catchup-days', String(channel.catchupDays)),
      attribute('catchup-source', CATCHUP_SOURCE),
    );
  }
  const streams = {
    bilingual: DEMO_ENDPOINTS.bilingualStream,
    live: DEMO_ENDPOINTS.liveStream,
    captions: DEMO_ENDPOINTS.captionedStream,
  };
  const stream = channel.stream ? streams[channel.stream] : DEMO_ENDPOINTS.stream;
  return `#EXTINF:-1 ${attributes.join(' ')},${channel.name}\n${stream}\n`;
}

export function buildPlaylist(channels: readonly DemoChannel[] = DEMO_CHANNELS): string {
  return `#EXTM3U ${attribute('x-tvg-url', DEMO_ENDPOINTS.guide)}\n${channels.map(entry).join('')}`;
}
