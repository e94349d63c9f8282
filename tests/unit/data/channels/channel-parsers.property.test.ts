import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelList } from '@src/data/channels/channel-types.js';
import { catchupUrl } from '@src/data/channels/catchup-url.js';
import { parseChannelList } from '@src/data/channels/parse-channel-list.js';
import { parseM3u } from '@src/data/channels/m3u-parser.js';

// Pieces of real lists, so random soups hit the parser's branches, not just its junk path.
const TOKENS = [
  '#EXTM3U',
  '#EXTM3U x-tvg-url="http://127.0.0.1/a.xml,http://127.0.0.1/b.xml" catchup="fs"',
  '#EXTM3U url-tvg=\'http://127.0.0.1/g.xml\' catchup="default" catchup-source="{utc}"',
  '#EXTINF:-1,Plain',
  '#EXTINF:-1 tvg-id="a" tvg-chno="7" group-title="A;B" radio="true",Name, with comma',
  '#EXTINF:-1 tvg-id="a" catchup="xc" catchup-days="3" timeshift="2",Dup',
  "#EXTINF: -1 tvg-name='x,y' catchup=shift catchup-correction=-2.5,",
  '#EXTINF:-1 tvg-name="unclosed,Title',
  '#EXTINF:',
  '#EXTINF',
  '#EXTGRP:News',
  '#EXTVLCOPT:http-user-agent="UA/1"',
  '#EXTVLCOPT:http-referrer=http://127.0.0.1/',
  '#EXTVLCOPT--http-reconnect=true',
  '#EXTVLCOPT:',
  '#KODIPROP:inputstream=inputstream.adaptive',
  '#KODIPROP:=',
  '#EXTBLAH',
  '# comment',
  '=====banner=====',
  'movie.m3u8',
  'http://127.0.0.1/a.m3u8',
  'http://[2001:db8::1]:8080/live.m3u8',
  'http://[::1]/x',
  'http://127.0.0.1/a|User-Agent=A%20B&Referer=http%3A%2F%2F127.0.0.1%2F&bad%=x',
  'http://127.0.0.1/b|',
  '|User-Agent=x',
  '分组,#genre#',
  'CCTV-1,http://127.0.0.1/1.m3u8#http://127.0.0.2/1.m3u8$备用',
  '',
  '   ',
  '\uFEFF#EXTM3U',
];

const lineSoup = fc
  .tuple(
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, newline]) => lines.join(newline));

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), lineSoup);

function expectWellFormed(list: ChannelList): void {
  expect(Number.isInteger(list.skippedLines)).toBe(true);
  expect(list.skippedLines).toBeGreaterThanOrEqual(0);
  expect(list.channels.length).toBeGreaterThanOrEqual(0);
  expect(new Set(list.channels.map((c) => c.key)).size).toBe(list.channels.length);
  for (const channel of list.channels) {
    expect(channel.url).not.toBe('');
    expect(channel.url).not.toContain('|');
  }
}

describe('channel list parsers on arbitrary input', () => {
  it('parseM3u never throws and returns a well-formed list', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(parseM3u(text));
      }),
    );
  });

  it('parseChannelList never throws, whichever format it picks', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(parseChannelList(text));
      }),
    );
  });

  it('catchupUrl never throws on any template', () => {
    const now = Date.parse('2026-11-24T14:00:00Z');
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('UTC', 'Asia/Shanghai', 'Not/AZone'),
        (source, zone) => {
          const channel = parseM3u(`#EXTINF:-1,C\nhttp://127.0.0.1/c`).channels[0];
          if (!channel) throw new Error('fixture channel missing');
          const withCatchup = { ...channel, catchup: { mode: 'default' as const, source } };
          const url = catchupUrl(withCatchup, { start: now - 3_600_000, stop: now }, now, zone);
          expect(url === undefined || typeof url === 'string').toBe(true);
        },
      ),
    );
  });
});
