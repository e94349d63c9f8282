import { describe, expect, it } from 'vitest';
import { parseChannelList } from '@src/data/channels/parse-channel-list.js';
import { fixture } from './fixtures.js';

describe('parseChannelList', () => {
  it('reads a list starting with #EXTM3U after a byte-order mark and blank lines as M3U', () => {
    const list = parseChannelList('\uFEFF\n  \n#EXTM3U\n#EXTINF:-1,A\nhttp://127.0.0.1/a');

    expect(list.format).toBe('m3u');
    expect(list.channels.map((c) => c.name)).toEqual(['A']);
  });

  it('reads a list with #EXTINF but no header as M3U', () => {
    const list = parseChannelList('#EXTINF:-1,A\nhttp://127.0.0.1/a');

    expect(list.format).toBe('m3u');
    expect(list.channels).toHaveLength(1);
  });

  it('reads the iptv-org fixture as M3U', () => {
    expect(parseChannelList(fixture('iptv-org-iptv-streams-cn_cctv.m3u')).channels).toHaveLength(9);
  });

  it('reads a list with ,#genre# lines as DIYP', () => {
    const list = parseChannelList('央视,#genre#\nCCTV-1,http://127.0.0.1/1.m3u8');

    expect(list.format).toBe('diyp');
    expect(list.channels[0]?.groups).toEqual(['央视']);
  });

  it('reads name,address lines without any group as DIYP', () => {
    const list = parseChannelList(
      '\uFEFFCCTV-1,http://127.0.0.1/1.m3u8\r\nCCTV-2,http://127.0.0.1/2.m3u8',
    );

    expect(list.format).toBe('diyp');
    expect(list.channels.map((c) => c.name)).toEqual(['CCTV-1', 'CCTV-2']);
  });

  it('reads a bare list of addresses as M3U channels', () => {
    const list = parseChannelList('http://127.0.0.1/a.m3u8\nhttp://127.0.0.1/b.m3u8');

    expect(list.format).toBe('m3u');
    expect(list.channels.map((c) => c.name)).toEqual(['a.m3u8', 'b.m3u8']);
  });

  it('reads a text that is no channel list as M3U with zero channels', () => {
    const list = parseChannelList('<!doctype html>\n<title>502 Bad Gateway</title>');

    expect(list.format).toBe('m3u');
    expect(list.channels).toEqual([]);
  });
});
