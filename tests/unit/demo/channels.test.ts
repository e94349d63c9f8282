import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHANNELS } from '@src/demo/channels/channel-list';
import { buildGuide } from '@src/demo/channels/guide';
import { DEMO_ENDPOINTS } from '@src/demo/endpoints';
import { DAY_MS, MINUTE_MS } from '@src/demo/time';
import { ORIGIN, parseXml, startDemoServer, url, type DemoServer } from './demo-server';

let now = Date.parse('2026-11-24T20:47:13+08:00');
let demo: DemoServer;

beforeAll(() => {
  demo = startDemoServer({ now: () => now });
});
afterAll(() => demo.close());

/** XMLTV time `20261124193000 +0800` → ms. */
function xmltvTime(value: string | null): number {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2}) ([+-]\d{2})(\d{2})$/.exec(value ?? '');
  if (!match) throw new Error(`bad XMLTV time ${String(value)}`);
  const [, y, mo, d, h, mi, s, oh, om] = match;
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${oh}:${om}`);
}

async function fetchGuide(): Promise<{ text: string; document: Document }> {
  const response = await fetch(url(DEMO_ENDPOINTS.guide));
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, document: parseXml(text) };
}

describe('demo playlist', () => {
  it('is an extended M3U with a guide URL and about thirty channels, all on the same origin', async () => {
    const response = await fetch(url(DEMO_ENDPOINTS.playlist));
    const text = await response.text();
    const lines = text.trim().split('\n');
    const playlistUrl = url(DEMO_ENDPOINTS.playlist);

    expect(response.headers.get('Content-Type')).toContain('mpegurl');
    expect(lines[0]).toMatch(/^#EXTM3U x-tvg-url="[^"]+guide\.xml"$/);
    const infos = lines.filter((line) => line.startsWith('#EXTINF:'));
    expect(infos.length).toBeGreaterThanOrEqual(28);
    expect(infos.length).toBeLessThanOrEqual(32);
    const urls = [
      /x-tvg-url="([^"]+)"/.exec(lines[0] ?? '')?.[1] ?? '',
      ...lines.filter((line) => line !== '' && !line.startsWith('#')),
      ...[...text.matchAll(/(?:tvg-logo|catchup-source)="([^"]+)"/g)].map(
        (match) => match[1] ?? '',
      ),
    ];
    expect(urls.length).toBeGreaterThan(infos.length * 2);
    for (const address of urls) expect(new URL(address, playlistUrl).origin).toBe(ORIGIN);
  });

  it('gives every channel the attributes players read, radio and catch-up on some', async () => {
    const text = await (await fetch(url(DEMO_ENDPOINTS.playlist))).text();
    const infos = text.split('\n').filter((line) => line.startsWith('#EXTINF:'));

    for (const info of infos) {
      for (const attribute of ['tvg-id', 'tvg-name', 'tvg-logo', 'group-title', 'tvg-chno']) {
        expect(info, attribute).toMatch(new RegExp(`${attribute}="[^"]+"`));
      }
      expect(info).toMatch(/,演示[^,"]+$/);
    }
    expect(infos.filter((info) => info.includes('radio="true"'))).toHaveLength(2);
    const catchup = infos.filter((info) => info.includes('catchup="default"'));
    expect(catchup.length).toBeGreaterThan(10);
    for (const info of catchup) expect(info).toMatch(/catchup-days="\d+".*catchup-source="[^"]+"/);
    expect(text).toContain('group-title="综合;新闻"');
    const ids = infos.map((info) => /tvg-id="([^"]+)"/.exec(info)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetch(url(DEMO_ENDPOINTS.playlist));
    const etag = first.headers.get('ETag') ?? '';
    await first.text();

    const again = await fetch(url(DEMO_ENDPOINTS.playlist), { headers: { 'If-None-Match': etag } });

    expect(etag).toMatch(/^".+"$/);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('has a small, well-formed SVG logo in public/ for every channel', () => {
    for (const channel of DEMO_CHANNELS) {
      const path = `public/demo/logos/${channel.id}.svg`;
      expect(existsSync(path), path).toBe(true);
      const svg = readFileSync(path, 'utf8');
      expect(svg.length).toBeLessThan(2048);
      expect(parseXml(svg).documentElement.nodeName.toLowerCase()).toBe('svg');
    }
  });
});

describe('demo guide', () => {
  // Parsing 2 MB with happy-dom takes a second or two: once for the whole group.
  let guide: { text: string; document: Document };
  beforeAll(async () => {
    guide = await fetchGuide();
  }, 30_000);

  it('is well-formed XMLTV naming every playlist channel, in Chinese with +0800 times', () => {
    const { document, text } = guide;

    expect(document.documentElement.nodeName).toBe('tv');
    const channelIds = [...document.getElementsByTagName('channel')].map((c) =>
      c.getAttribute('id'),
    );
    expect(channelIds).toEqual(DEMO_CHANNELS.map((channel) => channel.id));
    const programmes = [...document.getElementsByTagName('programme')];
    expect(programmes.length).toBeGreaterThan(30 * 9 * 12);
    for (const programme of programmes.slice(0, 200)) {
      expect(programme.getAttribute('start')).toMatch(/ \+0800$/);
      expect(programme.getElementsByTagName('title')[0]?.getAttribute('lang')).toBe('zh');
      expect(programme.getElementsByTagName('category').length).toBeGreaterThan(0);
    }
    expect(text).toContain('<desc lang="zh">');
  });

  it('covers now − 2 days to now + 7 days on every channel without gaps or overlaps', () => {
    const { document } = guide;
    const byChannel = new Map<string, Array<{ start: number; stop: number }>>();
    for (const programme of document.getElementsByTagName('programme')) {
      const list = byChannel.get(programme.getAttribute('channel') ?? '') ?? [];
      list.push({
        start: xmltvTime(programme.getAttribute('start')),
        stop: xmltvTime(programme.getAttribute('stop')),
      });
      byChannel.set(programme.getAttribute('channel') ?? '', list);
    }

    expect([...byChannel.keys()].sort()).toEqual(DEMO_CHANNELS.map((channel) => channel.id).sort());
    for (const [channel, programmes] of byChannel) {
      const first = programmes[0];
      const last = programmes[programmes.length - 1];
      expect(first && first.start <= now - 2 * DAY_MS, channel).toBe(true);
      expect(last && last.stop >= now + 7 * DAY_MS, channel).toBe(true);
      expect(
        programmes.some((p) => p.start <= now && now < p.stop),
        `${channel} on now`,
      ).toBe(true);
      programmes.forEach((programme, index) => {
        const length = (programme.stop - programme.start) / MINUTE_MS;
        expect(length).toBeGreaterThanOrEqual(30);
        expect(length).toBeLessThanOrEqual(90);
        expect(programme.start % (30 * MINUTE_MS)).toBe(0);
        const next = programmes[index + 1];
        if (next) expect(next.start, `${channel} continuity`).toBe(programme.stop);
      });
    }
  });

  it('is deterministic: the same document within a half hour, the same programmes across builds', async () => {
    now += 5 * MINUTE_MS;
    const later = await (await fetch(url(DEMO_ENDPOINTS.guide))).text();
    now -= 5 * MINUTE_MS;

    expect(later).toBe(guide.text);
    // A day later the overlapping days are unchanged.
    const today = buildGuide(now);
    const tomorrow = buildGuide(now + DAY_MS);
    const tuesdayEvening = (xml: string): string[] =>
      xml.split('\n').filter((line) => line.includes('start="20261125'));
    expect(tuesdayEvening(tomorrow)).toEqual(tuesdayEvening(today));
  });

  it('carries the evening bulletin at 19:00 on channels that relay it', () => {
    expect(guide.text).toContain(
      '<programme start="20261124190000 +0800" stop="20261124193000 +0800" channel="demo-zonghe"><title lang="zh">七点新闻</title>',
    );
  });

  it('revalidates: ETag and Last-Modified give 304, a new half hour gives a new document', async () => {
    const response = await fetch(url(DEMO_ENDPOINTS.guide));
    const etag = response.headers.get('ETag') ?? '';
    const lastModified = response.headers.get('Last-Modified') ?? '';
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    await response.text();

    const byTag = await fetch(url(DEMO_ENDPOINTS.guide), {
      headers: { 'If-None-Match': `W/${etag}` },
    });
    const byDate = await fetch(url(DEMO_ENDPOINTS.guide), {
      headers: { 'If-Modified-Since': lastModified },
    });
    now += 30 * MINUTE_MS;
    const later = await fetch(url(DEMO_ENDPOINTS.guide), { headers: { 'If-None-Match': etag } });
    await later.text();
    now -= 30 * MINUTE_MS;

    expect(byTag.status).toBe(304);
    expect(byDate.status).toBe(304);
    expect(later.status).toBe(200);
    expect(later.headers.get('ETag')).not.toBe(etag);
  });
});

describe('demo HLS stream', () => {
  const read = (name: string) => readFileSync(`public/demo/hls/${name}`, 'utf8');
  const variants = () => {
    const multivariant = readFileSync(`public${DEMO_ENDPOINTS.stream}`, 'utf8');
    return [...multivariant.matchAll(/CODECS="([^"]+)"\n(\S+)/g)].map((m) => ({
      codecs: m[1],
      playlist: m[2] ?? '',
    }));
  };

  it('names an H.264 variant first and a VP9 one for engines without H.264', () => {
    expect(variants()).toEqual([
      { codecs: 'avc1.42c01e,mp4a.40.2', playlist: 'test-pattern.m3u8' },
      { codecs: 'vp09.00.30.08', playlist: 'test-pattern-vp9.m3u8' },
    ]);
  });

  it.each([
    ['test-pattern.m3u8', '.ts'],
    ['test-pattern-vp9.m3u8', '.m4s'],
  ])('%s is a VOD playlist whose 4–6 s segments are all in public/', (name, extension) => {
    const playlist = read(name);
    const segments = playlist.split('\n').filter((line) => line.endsWith(extension));
    const durations = [...playlist.matchAll(/#EXTINF:([\d.]+),/g)].map((match) => Number(match[1]));

    expect(playlist).toMatch(/^#EXTM3U\n/);
    expect(playlist).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
    expect(playlist).toContain('#EXT-X-ENDLIST');
    expect(segments.length).toBeGreaterThanOrEqual(3);
    expect(durations).toHaveLength(segments.length);
    for (const duration of durations) expect(duration).toBeGreaterThanOrEqual(4);
    for (const duration of durations) expect(duration).toBeLessThanOrEqual(6);
    const total = durations.reduce((sum, duration) => sum + duration, 0);
    expect(total).toBeGreaterThanOrEqual(20);
    let bytes = 0;
    for (const segment of segments) {
      const file = readFileSync(`public/demo/hls/${segment}`);
      if (extension === '.ts') expect(file[0], `${segment} starts with a TS sync byte`).toBe(0x47);
      // A fragment of fragmented MP4 opens with its moof (or a styp before it).
      else expect(file.subarray(4, 8).toString('latin1'), segment).toMatch(/^(moof|styp)$/);
      bytes += file.length;
    }
    expect(bytes).toBeLessThan(600_000);
  });

  it('the VP9 variant starts from an init segment that declares VP9', () => {
    const map = /#EXT-X-MAP:URI="([^"]+)"/.exec(read('test-pattern-vp9.m3u8'))?.[1] ?? '';
    const init = readFileSync(`public/demo/hls/${map}`);
    expect(init.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(init.includes(Buffer.from('vp09', 'latin1'))).toBe(true);
  });
});
