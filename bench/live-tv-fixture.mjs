// The operator set-up the live-TV measures open the portal with: a guide of 1,500
// channels / 200,000 programmes (guide-parse.mjs writes it, starting yesterday so the
// grid shows programmes today), a playlist of the same 1,500 channels by tvg-id, every
// stream the demo's 20 s test pattern, and a config that points `sources.channels` at
// both. All three are served by the bench's static server beside the demo build, so the
// portal reads them as it would an operator's, through its service worker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateGuide } from './guide-parse.mjs';
import { operatorPlaylist, shanghaiMidnight, writeOperatorGuide } from './operator-guide.mjs';

export const LIVE_BASE = '/bench-live';
export const LIVE_CONFIG_PATH = `${LIVE_BASE}/config.json`;
const STREAM = '/demo/hls/test-pattern.m3u8';
const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;

/**
 * The portal at `#/watch` (or `hash`) with the bench's config and any `query` parameters
 * besides; `base` is the server's URL.
 */
export function liveTvUrl(base, hash = '#/watch', query = {}) {
  const search = new URLSearchParams({ config: LIVE_CONFIG_PATH, ...query });
  return `${base}/?${search}${hash}`;
}

/** Yesterday's midnight in Asia/Shanghai (the config's time zone), as epoch ms. */
function yesterdayMidnight(now = Date.now()) {
  return Math.floor((now + SHANGHAI_MS) / DAY_MS) * DAY_MS - SHANGHAI_MS - DAY_MS;
}

function playlist(channels) {
  const lines = ['#EXTM3U'];
  channels.forEach((channel, index) => {
    const group = channel.id.startsWith('CCTV')
      ? '央视'
      : channel.id.startsWith('uk-')
        ? 'English'
        : '卫视';
    // Catch-up on every third channel, as IPTV middleware lists it: the grid marks replays.
    const catchup =
      index % 3 === 0
        ? ` catchup="default" catchup-days="2" catchup-source="${STREAM}?playseek={utc:YmdHMS}-{utcend:YmdHMS}"`
        : '';
    lines.push(
      `#EXTINF:-1 tvg-id="${channel.id}" tvg-name="${channel.name}" tvg-chno="${index + 1}" group-title="${group}"${catchup},${channel.name}`,
      STREAM,
    );
  });
  return `${lines.join('\n')}\n`;
}

function config() {
  return JSON.stringify({
    operator: { name: 'Hearth bench', theme: { accent: '#e8a33d' } },
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    location: { regionCode: '110105', lat: 39.93, lon: 116.45 },
    features: ['watch', 'home', 'health', 'services', 'alerts', 'settings'],
    sources: {
      channels: { playlistUrl: `${LIVE_BASE}/channels.m3u`, guideUrl: `${LIVE_BASE}/guide.xml` },
    },
  });
}

/**
 * Writes the guide into a temp folder and returns it with the static server's `extra`
 * paths for all three files; `remove()` deletes the folder.
 */
export async function prepareLiveTv({ log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-live-bench-'));
  const file = join(dir, 'guide.xml');
  const started = Date.now();
  const { bytes, channels } = await generateGuide(file, { start: yesterdayMidnight() });
  log(
    `  guide of ${channels.length} channels written in ${((Date.now() - started) / 1000).toFixed(1)} s (${(bytes / 1048576).toFixed(1)} MB)`,
  );
  return {
    guide: { file, bytes, channels: channels.length },
    extra: {
      [LIVE_CONFIG_PATH]: { body: config(), type: 'application/json; charset=utf-8' },
      [`${LIVE_BASE}/channels.m3u`]: {
        body: playlist(channels),
        type: 'audio/x-mpegurl; charset=utf-8',
      },
      [`${LIVE_BASE}/guide.xml`]: { file, type: 'application/xml; charset=utf-8' },
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const OPERATOR_BASE = '/bench-operator';
export const OPERATOR_CONFIG_PATH = `${OPERATOR_BASE}/config.json`;

/**
 * The same portal set-up with a guide of the shape real operators publish
 * (operator-guide.mjs), served gzipped, and the operator's CRLF playlist with catch-up on
 * its header. `query` opens the portal with it.
 */
export async function prepareOperatorTv({ log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-operator-bench-'));
  const file = join(dir, 'guide.xml');
  const started = Date.now();
  const written = await writeOperatorGuide(file, {
    start: shanghaiMidnight(Date.now(), 3),
    gzip: true,
  });
  log(
    `  operator-shaped guide: ${written.channels.length} channels, ${written.programmes.toLocaleString('en-US')} programmes, ${(written.bytes / 1048576).toFixed(1)} MB (${(written.gzipBytes / 1048576).toFixed(1)} MB gzipped), written in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const guideUrl = `${OPERATOR_BASE}/guide.xml.gz`;
  const config = JSON.stringify({
    operator: { name: 'Hearth bench', theme: { accent: '#e8a33d' } },
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    features: ['watch', 'settings'],
    sources: { channels: { playlistUrl: `${OPERATOR_BASE}/channels.m3u`, guideUrl } },
  });
  return {
    guide: {
      file,
      bytes: written.bytes,
      programmes: written.programmes,
      channels: written.channels.length,
    },
    query: { config: OPERATOR_CONFIG_PATH },
    extra: {
      [OPERATOR_CONFIG_PATH]: { body: config, type: 'application/json; charset=utf-8' },
      [`${OPERATOR_BASE}/channels.m3u`]: {
        body: operatorPlaylist(written.channels, { stream: STREAM, guideUrl }),
        type: 'audio/x-mpegurl; charset=utf-8',
      },
      [guideUrl]: { file: `${file}.gz`, type: 'application/gzip' },
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
