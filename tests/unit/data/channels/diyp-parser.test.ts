import { describe, expect, it } from 'vitest';
import { MAX_ALTERNATES, PLAYLIST_MAX_CHANNELS } from '@src/data/channels/channel-list-limits.js';
import { parseDiyp } from '@src/data/channels/diyp-parser.js';

describe('parseDiyp', () => {
  it('puts channels into the group of the last ,#genre# line', () => {
    const text = [
      '央视频道,#genre#',
      'CCTV-1,http://127.0.0.1/cctv1.m3u8',
      'CCTV-2,http://127.0.0.1/cctv2.m3u8',
      '卫视频道,#genre#',
      '湖南卫视,http://[2409:8087::1]:6610/hunan/index.m3u8',
    ].join('\n');

    const list = parseDiyp(text);

    expect(list.format).toBe('diyp');
    expect(list.channels.map((c) => [c.name, c.groups, c.url])).toEqual([
      ['CCTV-1', ['央视频道'], 'http://127.0.0.1/cctv1.m3u8'],
      ['CCTV-2', ['央视频道'], 'http://127.0.0.1/cctv2.m3u8'],
      ['湖南卫视', ['卫视频道'], 'http://[2409:8087::1]:6610/hunan/index.m3u8'],
    ]);
    expect(list.channels.map((c) => c.key)).toEqual(['CCTV-1#0', 'CCTV-2#1', '湖南卫视#2']);
    expect(list.skippedLines).toBe(0);
  });

  it('keeps the first of several #-separated sources as the address, the rest as alternates', () => {
    const [channel] = parseDiyp(
      'CCTV-1,http://127.0.0.1/a.m3u8#http://127.0.0.2/b.m3u8#rtmp://127.0.0.3/live/c',
    ).channels;

    expect(channel?.url).toBe('http://127.0.0.1/a.m3u8');
    expect(channel?.alternates).toEqual(['http://127.0.0.2/b.m3u8', 'rtmp://127.0.0.3/live/c']);
  });

  it('merges repeated lines of one name in one group into alternates, not separate channels', () => {
    const text = [
      '央视频道,#genre#',
      'CCTV-1,http://127.0.0.1/a.m3u8',
      'CCTV-1,http://127.0.0.2/b.m3u8$备用线路',
      'CCTV-1,http://127.0.0.1/a.m3u8',
      '其他,#genre#',
      'CCTV-1,http://127.0.0.3/c.m3u8',
    ].join('\n');

    const list = parseDiyp(text);

    expect(list.channels).toHaveLength(2);
    expect(list.channels[0]).toMatchObject({
      url: 'http://127.0.0.1/a.m3u8',
      alternates: ['http://127.0.0.2/b.m3u8'],
    });
    expect(list.channels[1]).toMatchObject({ groups: ['其他'], url: 'http://127.0.0.3/c.m3u8' });
  });

  it('drops a $label after an address but keeps a #fragment inside one', () => {
    const list = parseDiyp(
      ['A,http://127.0.0.1/a.m3u8$高清', 'B,http://127.0.0.1/b.mp4#t=10'].join('\n'),
    );

    expect(list.channels.map((c) => c.url)).toEqual([
      'http://127.0.0.1/a.m3u8',
      'http://127.0.0.1/b.mp4#t=10',
    ]);
  });

  it('handles a byte-order mark, CRLF, blank lines and comments', () => {
    const text =
      '\uFEFF# 更新: 2026-11-24\r\n\r\n// note\r\n新闻,#genre#\r\nCGTN,http://127.0.0.1/cgtn.m3u8\r\n';

    const list = parseDiyp(text);

    expect(list.channels.map((c) => [c.name, c.groups])).toEqual([['CGTN', ['新闻']]]);
    expect(list.skippedLines).toBe(0);
  });

  it('accepts the full-width comma', () => {
    const [channel] = parseDiyp('凤凰卫视，http://127.0.0.1/phoenix.m3u8').channels;

    expect(channel).toMatchObject({ name: '凤凰卫视', url: 'http://127.0.0.1/phoenix.m3u8' });
  });

  it('leaves channels before any ,#genre# line without a group', () => {
    const [channel] = parseDiyp('Loose,http://127.0.0.1/loose.m3u8').channels;

    expect(channel?.groups).toEqual([]);
  });

  it('splits |User-Agent= headers off the address', () => {
    const [channel] = parseDiyp('A,http://127.0.0.1/a.m3u8|User-Agent=okhttp/3.12').channels;

    expect(channel).toMatchObject({
      url: 'http://127.0.0.1/a.m3u8',
      headers: { 'User-Agent': 'okhttp/3.12' },
    });
  });

  it('skips and counts lines without a comma or without an address', () => {
    const list = parseDiyp(
      ['just words', 'Name,not an address', 'A,http://127.0.0.1/a'].join('\n'),
    );

    expect(list.channels.map((c) => c.name)).toEqual(['A']);
    expect(list.skippedLines).toBe(2);
  });

  it('keeps the first 5,000 channels of a list of 6,000 and says it was capped', () => {
    const lines = Array.from({ length: 6_000 }, (_, i) => `频道${i},http://127.0.0.1/${i}.m3u8`);

    const list = parseDiyp(['央视频道,#genre#', ...lines].join('\n'));

    expect(list.capped).toEqual({ limit: 'channels', max: PLAYLIST_MAX_CHANNELS });
    expect(list.channels).toHaveLength(PLAYLIST_MAX_CHANNELS);
    expect(list.channels.at(-1)!.name).toBe(`频道${PLAYLIST_MAX_CHANNELS - 1}`);
  });

  it('keeps a few backup addresses of a name repeated on every line', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `CCTV-1,http://127.0.0.1/${i}.m3u8`);

    const list = parseDiyp(lines.join('\n'));

    expect(list.channels).toHaveLength(1);
    expect(list.channels[0]!.alternates).toHaveLength(MAX_ALTERNATES);
    expect(list).not.toHaveProperty('capped');
  });
});
