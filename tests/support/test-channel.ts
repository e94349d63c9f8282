import type { Channel } from '@src/data/channels/channel-types.js';

/** A playlist channel for unit tests: keyed and named `name`, on a loopback address. */
export function testChannel(name: string, extra: Partial<Channel> = {}): Channel {
  return {
    key: name,
    name,
    url: `http://127.0.0.1/${name}.m3u8`,
    headers: {},
    groups: [],
    radio: false,
    kodiProps: {},
    vlcOptions: {},
    ...extra,
  };
}
