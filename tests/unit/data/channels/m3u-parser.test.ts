import { describe, expect, it } from 'vitest';
import { PLAYLIST_MAX_CHANNELS } from '@src/data/channels/channel-list-limits.js';
import { parseM3u } from '@src/data/channels/m3u-parser.js';
import { fixture, m3uFixtureNames } from './fixtures.js';

const CHROME_76 =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.25 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

function m3u(...lines: string[]): string {
  return lines.join('\n');
}

describe('parseM3u on the shared fixtures', () => {
  it.each(m3uFixtureNames())('reads %s into at least one channel with an address', (name) => {
    const list = parseM3u(fixture(name));

    expect(list.format).toBe('m3u');
    expect(list.channels.length).toBeGreaterThan(0);
    for (const channel of list.channels) expect(channel.url).not.toBe('');
  });

  it('reads base.m3u: indented lines, a banner, a second header, relative addresses', () => {
    const list = parseM3u(fixture('base.m3u'));

    expect(list.channels.map((c) => c.name)).toEqual([
      'Channel 1 (Tested)',
      'Channel 2',
      '=>(★ TURKİYE ★)<=',
      'TRT 1 HD',
      'name,with comma',
      'The Good, the Bad and the Ugly',
    ]);
    // The `=====sudan=====` banner between two entries.
    expect(list.skippedLines).toBe(1);
    expect(list.guideUrls).toEqual(['http://127.0.0.1/epg/guidealbania.xml.gz']);
    expect(list.channels.map((c) => c.url)).toEqual([
      'http://127.0.0.1/hls-live/livepkgr/_definst_/H1/H1_HQ.m3u8',
      'stream/chunklist.m3u8',
      'http://127.0.0.1:8080/expred/peru8k.mp4',
      expect.stringMatching(/^https:\/\/127\.0\.0\.1\/live\/ocp\(t\(.*\/index\.m3u8$/),
      'http://127.0.0.1/iptv-query?streaming-ip=https://127.0.0.1/c/CongresodelaRepúblicadelPerúTVenvivo/live',
      'movie.m3u8',
    ]);
  });

  it('reads the first base.m3u entry’s attributes, group and player options', () => {
    const [first] = parseM3u(fixture('base.m3u')).channels;

    expect(first).toMatchObject({
      key: 'CH1',
      tvgId: 'CH1',
      tvgName: 'Ch 1',
      logo: 'http://127.0.0.1/wp-content/uploads/2017/04/xshow_08.png,Mic_.2KNN9OHw1p.png.pagespeed.ce.2KNN9OHw1p.png',
      // group-title wins over the `#EXTGRP:` line that follows it.
      groups: ['Music'],
      headers: { Referer: 'http://127.0.0.1/la2/', 'User-Agent': CHROME_76 },
      vlcOptions: { 'http-referrer': 'http://127.0.0.1/la2/', 'http-user-agent': CHROME_76 },
      radio: false,
    });
    expect(first?.catchup).toBeUndefined();
  });

  it('reads base.m3u’s TRT 1 HD catch-up and header attributes', () => {
    const trt = parseM3u(fixture('base.m3u')).channels[3];

    expect(trt?.catchup).toEqual({ mode: 'shift', days: 3 });
    expect(trt?.headers).toEqual({ Referer: 'http://127.0.0.1', 'User-Agent': 'Mozilla/5.0' });
  });

  it('reads comment.m3u, skipping its banner line', () => {
    const list = parseM3u(fixture('comment.m3u'));

    expect(list.channels).toHaveLength(1);
    expect(list.channels[0]).toMatchObject({
      name: 'tamazight tv8',
      url: 'http://127.0.0.1/live/ramdisk/tamazight_tv8_snrt/hls_snrt/index.m3u8',
    });
    expect(list.skippedLines).toBe(1);
  });

  it('keys duplicate.m3u’s two entries sharing one tvg-id by name and position', () => {
    const list = parseM3u(fixture('duplicate.m3u'));

    expect(list.channels.map((c) => c.key)).toEqual(['Agromais#0', 'Agromais#1']);
    expect(list.channels.map((c) => c.tvgId)).toEqual(['Agromais.br', 'Agromais.br']);
    expect(list.guideUrls).toEqual(['http://127.0.0.1/epg/guidealbania.xml.gz']);
  });

  it('reads the iptv-org CCTV list: 9 channels, repeated tvg-ids keyed by position', () => {
    const list = parseM3u(fixture('iptv-org-iptv-streams-cn_cctv.m3u'));

    expect(list.channels).toHaveLength(9);
    expect(list.skippedLines).toBe(0);
    expect(list.channels.map((c) => c.key)).toEqual([
      'CCTVPlus1.cn',
      'CCTVPlus2.cn',
      'CCTV1.cn',
      'CCTV4America.cn',
      'CCTV-5体育 (1080p)#4',
      'CCTV-5体育 (1080p)#5',
      'CCTV-5体育 (1080p)#6',
      'CCTV6.cn',
      'CCTV13.cn',
    ]);
    expect(list.channels[0]?.name).toBe('CCTV+ 1 (600p) [Not 24/7]');
    expect(list.channels[2]).toMatchObject({
      name: 'CCTV-1综合 (576p)',
      url: 'http://127.0.0.1:9901/tsfile/live/1022_1.m3u8',
    });
  });

  it('reads kodi.m3u: comments, #KODIPROP lines and a lower-case |user-agent', () => {
    const list = parseM3u(fixture('kodi.m3u'));

    expect(list.skippedLines).toBe(0);
    expect(list.guideUrls).toEqual([
      'https://127.0.0.1/LITUATUI/M3UPT/raw/main/epg/epg-vodafone.xml.gz',
    ]);
    expect(list.channels).toHaveLength(1);
    expect(list.channels[0]).toMatchObject({
      name: 'RTP 1',
      tvgId: 'rtp1hd.tv.vodafone.pt',
      groups: ['TV'],
      url: 'https://127.0.0.1/liverepeater/rtpClean1HD.smil/playlist.m3u8',
      headers: { 'User-Agent': 'RTP Play/2.0.26 (Linux;Android 11) ExoPlayerLib/2.11.8' },
      kodiProps: {
        inputstream: 'inputstream.adaptive',
        'inputstream.adaptive.manifest_type': 'hls',
      },
    });
  });

  it('reads pipe.m3u: |User-Agent=…&Referer=… headers, combined with #EXTVLCOPT', () => {
    const [sport, news] = parseM3u(fixture('pipe.m3u')).channels;

    expect(sport).toMatchObject({
      name: 'Sport channel',
      url: 'http://127.0.0.1:8080/d/abcdef/video.mp4',
      headers: {
        'User-Agent': 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; AS; rv:11.0) like Gecko',
        Referer: 'http://127.0.0.1/embed-uaqmgcckhpcl.html',
      },
    });
    expect(news).toMatchObject({
      name: 'News channel',
      url: 'http://127.0.0.1:8999/d/letsplay/video.mp4',
      headers: { 'User-Agent': CHROME_76, Referer: 'http://127.0.0.1/blank.html' },
    });
  });

  it('reads url_tvg.m3u and user_agent.m3u: url-tvg and a user-agent attribute', () => {
    const withGuide = parseM3u(fixture('url_tvg.m3u'));
    const withAgent = parseM3u(fixture('user_agent.m3u'));

    expect(withGuide.guideUrls).toEqual(['http://127.0.0.1/epg/guidealbania.xml.gz']);
    expect(withAgent.guideUrls).toEqual([]);
    for (const list of [withGuide, withAgent]) {
      expect(list.channels).toHaveLength(1);
      expect(list.channels[0]).toMatchObject({
        key: 'Agromais.br',
        name: 'Agromais',
        groups: ['Entertainment'],
        url: 'https://127.0.0.1/playlist.m3u8',
        headers: { 'User-Agent': IPHONE },
      });
    }
  });

  it('reads vlcopt.m3u: a quoted #EXTVLCOPT value becomes an unquoted header', () => {
    const [channel] = parseM3u(fixture('vlcopt.m3u')).channels;

    expect(channel).toMatchObject({
      name: 'Test Channel',
      tvgName: 'TestChannel',
      groups: ['Entertainment'],
      headers: { 'User-Agent': 'Dalvik/2.1.0 (Linux; U; Android 6.0.1;)' },
      vlcOptions: { 'http-user-agent': '"Dalvik/2.1.0 (Linux; U; Android 6.0.1;)"' },
    });
  });
});

describe('parseM3u quirks', () => {
  it('ignores a UTF-8 byte-order mark before #EXTM3U', () => {
    const text =
      '\uFEFF' +
      m3u('#EXTM3U x-tvg-url="http://127.0.0.1/guide.xml"', '#EXTINF:-1,A', 'http://127.0.0.1/a');

    const list = parseM3u(text);

    expect(list.guideUrls).toEqual(['http://127.0.0.1/guide.xml']);
    expect(list.channels.map((c) => c.name)).toEqual(['A']);
    expect(list.skippedLines).toBe(0);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('splits %s line endings', (_label, newline) => {
    const text = [
      '#EXTM3U',
      '#EXTINF:-1,A',
      'http://127.0.0.1/a',
      '#EXTINF:-1,B',
      'http://127.0.0.1/b',
    ].join(newline);

    const list = parseM3u(text);

    expect(list.channels.map((c) => [c.name, c.url])).toEqual([
      ['A', 'http://127.0.0.1/a'],
      ['B', 'http://127.0.0.1/b'],
    ]);
    expect(list.skippedLines).toBe(0);
  });

  it('keeps IPv6 literal addresses whole, port and path included', () => {
    const list = parseM3u(
      m3u('#EXTM3U', '#EXTINF:-1,V6', 'http://[2001:db8::1]:8080/live.m3u8', 'http://[::1]/x'),
    );

    expect(list.channels.map((c) => [c.name, c.url])).toEqual([
      ['V6', 'http://[2001:db8::1]:8080/live.m3u8'],
      ['x', 'http://[::1]/x'],
    ]);
  });

  it('reads tvg-chno as the channel number, ignoring one that is not a whole number', () => {
    const list = parseM3u(
      m3u(
        '#EXTM3U',
        '#EXTINF:0 tvg-chno="10",Ten',
        'http://127.0.0.1/10',
        '#EXTINF:0 tvg-chno="ten",Unnumbered',
        'http://127.0.0.1/x',
      ),
    );

    expect(list.channels.map((c) => c.number)).toEqual([10, undefined]);
  });

  it('splits group-title on ";" into several groups', () => {
    const [channel] = parseM3u(
      m3u('#EXTINF:0 group-title="Entertainment; HD Channels;",Channel X HD', 'http://127.0.0.1/x'),
    ).channels;

    expect(channel?.groups).toEqual(['Entertainment', 'HD Channels']);
  });

  it('uses #EXTGRP as the group of the next entry when it has no group-title', () => {
    const [channel] = parseM3u(
      m3u('#EXTINF:0 tvg-id="channel-y",Channel Y', '#EXTGRP:Entertainment', 'http://127.0.0.1/y'),
    ).channels;

    expect(channel?.groups).toEqual(['Entertainment']);
  });

  it('marks radio="true" channels as radio, in any case', () => {
    const list = parseM3u(
      m3u(
        '#EXTINF:-1 radio="true",R1',
        'http://127.0.0.1/r1',
        '#EXTINF:-1 RADIO=TRUE,R2',
        'http://127.0.0.1/r2',
        '#EXTINF:-1 radio="false",TV',
        'http://127.0.0.1/tv',
      ),
    );

    expect(list.channels.map((c) => c.radio)).toEqual([true, true, false]);
  });

  it('splits a |User-Agent=…&Referer=… suffix off the address into URL-decoded headers', () => {
    const [channel] = parseM3u(
      m3u(
        '#EXTINF:-1,Piped',
        'http://127.0.0.1/a.m3u8?x=1|User-Agent=My%20Player%2F1.0&Referer=http%3A%2F%2F127.0.0.1%2Fpage',
      ),
    ).channels;

    expect(channel?.url).toBe('http://127.0.0.1/a.m3u8?x=1');
    expect(channel?.headers).toEqual({
      'User-Agent': 'My Player/1.0',
      Referer: 'http://127.0.0.1/page',
    });
  });

  it('turns #EXTVLCOPT http-user-agent and http-referrer into headers and keeps them as options', () => {
    const [channel] = parseM3u(
      m3u(
        '#EXTINF:-1,Opts',
        '#EXTVLCOPT:http-user-agent=Player/2',
        '#EXTVLCOPT:http-referrer=http://127.0.0.1/',
        '#EXTVLCOPT:program=745',
        'http://127.0.0.1/o.ts',
      ),
    ).channels;

    expect(channel?.headers).toEqual({ 'User-Agent': 'Player/2', Referer: 'http://127.0.0.1/' });
    expect(channel?.vlcOptions).toEqual({
      'http-user-agent': 'Player/2',
      'http-referrer': 'http://127.0.0.1/',
      program: '745',
    });
  });

  it('collects #KODIPROP lines, also when they come before #EXTINF', () => {
    const [channel] = parseM3u(
      m3u(
        '#KODIPROP:inputstream=inputstream.adaptive',
        '#EXTINF:-1,Kodi',
        '#KODIPROP:inputstream.adaptive.license_type=com.widevine.alpha',
        'http://127.0.0.1/k.mpd',
      ),
    ).channels;

    expect(channel?.kodiProps).toEqual({
      inputstream: 'inputstream.adaptive',
      'inputstream.adaptive.license_type': 'com.widevine.alpha',
    });
  });

  it('lists every guide address of x-tvg-url (comma-separated) and url-tvg, once each', () => {
    const list = parseM3u(
      m3u(
        '#EXTM3U x-tvg-url="http://127.0.0.1/a.xml, http://127.0.0.1/b.xml.gz" url-tvg="http://127.0.0.1/a.xml"',
        '#EXTINF:-1,A',
        'http://127.0.0.1/a',
      ),
    );

    expect(list.guideUrls).toEqual(['http://127.0.0.1/a.xml', 'http://127.0.0.1/b.xml.gz']);
  });

  it('reads url-tvg alone as the guide address', () => {
    const list = parseM3u(m3u("#EXTM3U url-tvg='http://127.0.0.1/g.xml'", 'http://127.0.0.1/a'));

    expect(list.guideUrls).toEqual(['http://127.0.0.1/g.xml']);
  });

  it('lets channels inherit the header’s catch-up settings, field by field', () => {
    const list = parseM3u(
      m3u(
        '#EXTM3U catchup="default" catchup-source="http://127.0.0.1/tv/{utc}-{duration}.m3u8" catchup-days="7" catchup-correction="-2.5"',
        '#EXTINF:-1,Inherits',
        'http://127.0.0.1/a',
        '#EXTINF:-1 catchup-days="2",Own days',
        'http://127.0.0.1/b',
        '#EXTINF:-1 catchup="append" catchup-source="?t={utc}" catchup-correction="1",Own mode',
        'http://127.0.0.1/c',
        '#EXTINF:-1 catchup="vod",Unknown mode',
        'http://127.0.0.1/d',
      ),
    );

    expect(list.channels.map((c) => c.catchup)).toEqual([
      {
        mode: 'default',
        source: 'http://127.0.0.1/tv/{utc}-{duration}.m3u8',
        days: 7,
        correctionHours: -2.5,
      },
      {
        mode: 'default',
        source: 'http://127.0.0.1/tv/{utc}-{duration}.m3u8',
        days: 2,
        correctionHours: -2.5,
      },
      { mode: 'append', source: '?t={utc}', days: 7, correctionHours: 1 },
      undefined,
    ]);
  });

  it.each([
    ['default', { mode: 'default', source: 'http://127.0.0.1/s' }],
    ['append', { mode: 'append', source: 'http://127.0.0.1/s' }],
    ['shift', { mode: 'shift' }],
    ['timeshift', { mode: 'shift' }],
    ['flussonic', { mode: 'flussonic' }],
    ['flussonic-hls', { mode: 'flussonic' }],
    ['flussonic-ts', { mode: 'flussonic' }],
    ['fs', { mode: 'flussonic' }],
    ['XC', { mode: 'xc' }],
  ])('maps catchup="%s" to its mode', (name, expected) => {
    const [channel] = parseM3u(
      m3u(
        `#EXTINF:-1 catchup="${name}" catchup-source="http://127.0.0.1/s",C`,
        'http://127.0.0.1/c',
      ),
    ).channels;

    expect(channel?.catchup).toEqual(expected);
  });

  it('reads catchup-type as catchup, and timeshift="3" as shift mode with 3 days', () => {
    const list = parseM3u(
      m3u(
        '#EXTINF:-1 catchup-type="xc" catchup-days="5",A',
        'http://127.0.0.1/u/p/1',
        '#EXTINF:0 tvg-id="channel-e" timeshift="3",Channel E',
        'http://127.0.0.1/e.ts',
      ),
    );

    expect(list.channels.map((c) => c.catchup)).toEqual([
      { mode: 'xc', days: 5 },
      { mode: 'shift', days: 3 },
    ]);
  });

  it('gives no catch-up to default or append mode without a catchup-source', () => {
    const [channel] = parseM3u(
      m3u('#EXTINF:0 catchup="default",Channel A', 'http://127.0.0.1/a.ts'),
    ).channels;

    expect(channel?.catchup).toBeUndefined();
  });

  it('skips and counts unknown #EXT lines and junk, but not comments or blank lines', () => {
    const list = parseM3u(
      m3u(
        '#EXTM3U',
        '# a comment',
        '#EXTBLAH:whatever',
        'garbage text',
        '',
        '#EXTINF:-1,A',
        'http://127.0.0.1/a',
      ),
    );

    expect(list.channels.map((c) => c.name)).toEqual(['A']);
    expect(list.skippedLines).toBe(2);
  });

  it('drops and counts an #EXTINF that no address follows', () => {
    const list = parseM3u(
      m3u('#EXTINF:-1,Lost', '#EXTINF:-1,Kept', 'http://127.0.0.1/kept', '#EXTINF:-1,Last'),
    );

    expect(list.channels.map((c) => c.name)).toEqual(['Kept']);
    expect(list.skippedLines).toBe(2);
  });

  it('makes a channel of an address without #EXTINF, named after its last path part', () => {
    const [channel] = parseM3u(
      m3u('#EXTM3U', 'http://127.0.0.1/live/cctv%201.m3u8?token=1'),
    ).channels;

    expect(channel).toMatchObject({
      name: 'cctv 1.m3u8',
      url: 'http://127.0.0.1/live/cctv%201.m3u8?token=1',
      groups: [],
    });
  });

  it('reads double-quoted, single-quoted and unquoted attributes with any-case names', () => {
    const [channel] = parseM3u(
      m3u(
        `#EXTINF:-1 TVG-ID='a.b' tvg-name=Plain group-title="News, World" tvg-logo="http://127.0.0.1/l.png",Name, with comma`,
        'http://127.0.0.1/a',
      ),
    ).channels;

    expect(channel).toMatchObject({
      key: 'a.b',
      tvgId: 'a.b',
      tvgName: 'Plain',
      groups: ['News, World'],
      logo: 'http://127.0.0.1/l.png',
      name: 'Name, with comma',
    });
  });

  it('falls back to tvg-name when #EXTINF has no title', () => {
    const [channel] = parseM3u(
      m3u('#EXTINF:-1 tvg-name="Only tvg-name"', 'http://127.0.0.1/a'),
    ).channels;

    expect(channel?.name).toBe('Only tvg-name');
  });

  it('reads a text that is not M3U at all as zero channels', () => {
    const list = parseM3u('<html><body>Not found</body></html>\nplease try later');

    expect(list.channels).toEqual([]);
    expect(list.guideUrls).toEqual([]);
    expect(list.skippedLines).toBe(2);
  });

  it('keeps the first 5,000 channels of a list of 6,000 and says it was capped', () => {
    const entries = Array.from(
      { length: 6_000 },
      (_, i) => `#EXTINF:-1 tvg-id="c${i}",频道 ${i}\nhttp://127.0.0.1/live/${i}.m3u8`,
    );

    const list = parseM3u(m3u('#EXTM3U', ...entries));

    expect(list.capped).toEqual({ limit: 'channels', max: PLAYLIST_MAX_CHANNELS });
    expect(PLAYLIST_MAX_CHANNELS).toBe(5_000);
    expect(list.channels).toHaveLength(5_000);
    expect(list.channels.at(-1)).toMatchObject({ name: '频道 4999', key: 'c4999' });
    expect(list.skippedLines).toBe(0);
  });

  it('says nothing of a cap for a list of exactly 5,000 channels', () => {
    const entries = Array.from({ length: 5_000 }, (_, i) => `http://127.0.0.1/live/${i}.m3u8`);

    const list = parseM3u(m3u('#EXTM3U', ...entries));

    expect(list.channels).toHaveLength(5_000);
    expect(list).not.toHaveProperty('capped');
  });
});
