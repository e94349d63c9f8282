// A guide and playlist of the shape real Chinese operators publish, for the e2e tests
// and the bench: tidy generated guides hid a freeze that a real one showed at once.
//
// What real guides carry and generated ones did not (seen in a real operator's 38 MB
// guide of 1,467 channels and 209,510 programmes):
// - one `<title lang="zh">` per programme, a `<desc>` on about a third, nothing else;
//   `+0800` times at any minute; two-space indentation; CRLF in the playlist;
// - a programme titled 开始 at 00:00 opening each day, a few minutes long or empty;
// - very short programmes (one to four minutes: trailers, station idents, weather);
// - duplicates (the same programme listed twice), zero-length entries, programmes that
//   start before the previous one ends, gaps of up to an hour, a few without `stop`;
// - channels written out of order (a grabber merging two sources);
// - channels whose programmes all lie in the past or all in the future, channels with
//   none at all, guide channels missing from the playlist and the reverse.
//
// The playlist names every channel's stream as the demo's test pattern and offers
// catch-up the way IPTV middleware does: `catchup="append"` on the header with a
// `playseek=${(b)yyyyMMddHHmmss}-${(e)yyyyMMddHHmmss}` source, 7 days back.
//
// Deterministic: the same seed and start write the same bytes.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { ZH_CHANNELS, ZH_TITLES, mulberry32 } from './guide-parse.mjs';
import { textFileWriter } from './text-file-writer.mjs';

export const OPERATOR_CHANNELS = 1500;
export const OPERATOR_DAYS = 7;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const SHANGHAI_MS = 8 * 3_600_000;

/** The generated guide's station names, and a few local ones real lists carry. */
const STATIONS = [...ZH_CHANNELS, '都市频道', '公共频道', '影视频道', '少儿频道'];
/** Its titles, and the fillers between shows. */
const TITLES = [...ZH_TITLES, '宣传片', '广告', '精彩节目预告'];
const DESCS = [
  '本期节目聚焦城市发展的新变化，带您感受不一样的精彩。',
  '本集讲述一个普通家庭的故事，讲述平凡人的不平凡。',
  '镜头记录了春耕时节的乡村，值得全家一起观看。',
  '主持人带您走进科技创新的最新成果，敬请关注。',
  '今天我们来到传统手艺人的工坊，展现新时代的风采。',
  '&lt;独家&gt; 运动员备战的日常 &amp; 幕后花絮。',
];
/**
 * Minutes, weighted as a real schedule is: short fillers between shows of an hour or
 * two; about 20 programmes a day, as the real guide has (209,510 over 1,467 channels
 * and a week).
 */
const DURATIONS = [1, 2, 3, 4, 5, 15, 30, 45, 60, 60, 90, 90, 120, 120, 150, 180, 240];

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** `YYYYMMDDhhmmss +0800` for an epoch-ms instant. */
export function xmltvShanghai(ms) {
  const d = new Date(ms + SHANGHAI_MS);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())} +0800`;
}

/** Midnight in Asia/Shanghai `daysBack` days before the day holding `now`. */
export function shanghaiMidnight(now, daysBack = 0) {
  return Math.floor((now + SHANGHAI_MS) / DAY_MS) * DAY_MS - SHANGHAI_MS - daysBack * DAY_MS;
}

/**
 * The kind of schedule a channel has. Most are ordinary; a few are the trouble real
 * guides carry. Index-based so a test can name one.
 */
export function channelKind(index) {
  if (index % 97 === 13) return 'past'; // ended two days before the guide's last day
  if (index % 97 === 29) return 'future'; // starts the day after tomorrow
  if (index % 211 === 5) return 'empty'; // declared, no programmes
  if (index % 53 === 17) return 'unsorted'; // days written in reverse order
  return 'ordinary';
}

/** Guide channels the playlist leaves out (the operator dropped them). */
const inPlaylist = (index) => index % 50 !== 7;
/** Playlist channels the guide does not know. */
const PLAYLIST_ONLY = 17;

/**
 * Writes the guide to `file` (and `file + '.gz'` when `gzip`). `start` is the first day's
 * midnight (epoch ms); the guide covers OPERATOR_DAYS days from there.
 * @returns {Promise<{ bytes: number, gzipBytes?: number, programmes: number, channels: { id: string, name: string, kind: string }[] }>}
 */
export async function writeOperatorGuide(
  file,
  { start, seed = 20261206, channels: channelCount = OPERATOR_CHANNELS, gzip = false },
) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const { write, end: finish } = textFileWriter(file);
  let written = 0;
  await write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await write('<tv generator-info-name="hearth-operator-shape" source-info-name="synthetic">\n');
  const channels = [];
  for (let c = 0; c < channelCount; c++) {
    const id = c < 17 ? `CCTV${c + 1}` : String(1000 + c);
    const name = c < 17 ? `CCTV-${c + 1}` : `${STATIONS[c % STATIONS.length]}${c}`;
    channels.push({ id, name, kind: channelKind(c) });
    await write(
      `  <channel id="${id}">\n    <display-name lang="zh">${name}</display-name>\n  </channel>\n`,
    );
  }
  const end = start + OPERATOR_DAYS * DAY_MS;
  for (let c = 0; c < channelCount; c++) {
    const { id, kind } = channels[c];
    if (kind === 'empty') continue;
    const from = kind === 'future' ? start + 5 * DAY_MS : start;
    const until = kind === 'past' ? start + 2 * DAY_MS : end;
    // Programmes are made a day at a time, so each day opens with 开始 at 00:00.
    const days = [];
    for (let day = from; day < until; day += DAY_MS) {
      const rows = [];
      const dayEnd = Math.min(day + DAY_MS, until);
      // 开始 at midnight: a few minutes, or nothing at all.
      let t = day;
      const opening = rand() < 0.3 ? 0 : 1 + Math.floor(rand() * 5);
      rows.push({ start: t, stop: t + opening * MINUTE_MS, title: '开始' });
      t += opening * MINUTE_MS;
      while (t < dayEnd) {
        let minutes = pick(DURATIONS);
        if (rand() < 0.3) minutes += Math.floor(rand() * 7); // odd ends: 19:38, 20:03
        const row = { start: t, stop: t + minutes * MINUTE_MS, title: pick(TITLES) };
        const roll = rand();
        if (roll < 0.005) {
          rows.push(row, { ...row }); // listed twice
        } else if (roll < 0.009) {
          rows.push({ ...row, stop: row.start }); // no time on air
          rows.push(row);
        } else if (roll < 0.02 && rows.length > 1) {
          // starts before the previous one ends
          const back = (1 + Math.floor(rand() * 10)) * MINUTE_MS;
          rows.push({ ...row, start: row.start - back });
        } else if (roll < 0.024) {
          rows.push({ ...row, stop: undefined }); // no stop
        } else {
          rows.push(row);
        }
        t = row.stop;
        if (rand() < 0.005) t += (10 + Math.floor(rand() * 50)) * MINUTE_MS; // a gap
      }
      days.push(rows);
    }
    if (kind === 'unsorted') days.reverse();
    for (const rows of days) {
      for (const p of rows) {
        let xml = `  <programme start="${xmltvShanghai(p.start)}"`;
        if (p.stop !== undefined) xml += ` stop="${xmltvShanghai(p.stop)}"`;
        xml += ` channel="${id}">\n    <title lang="zh">${p.title}</title>\n`;
        if (rand() < 0.38) xml += `    <desc lang="zh">${pick(DESCS)}</desc>\n`;
        xml += '  </programme>\n';
        await write(xml);
        written++;
      }
    }
  }
  await finish('</tv>\n');
  const result = { bytes: statSync(file).size, programmes: written, channels };
  if (gzip) {
    await pipeline(
      createReadStream(file),
      createGzip({ level: 6 }),
      createWriteStream(`${file}.gz`),
    );
    result.gzipBytes = statSync(`${file}.gz`).size;
  }
  return result;
}

/**
 * The operator's playlist for those channels: CRLF, catch-up on the header, the
 * channels the operator dropped left out, and a few the guide does not know.
 * `stream` is every channel's address.
 */
export function operatorPlaylist(channels, { stream, guideUrl }) {
  const lines = [
    `#EXTM3U x-tvg-url="${guideUrl}" catchup="append" catchup-days="7" catchup-source="?playseek=\${(b)yyyyMMddHHmmss}-\${(e)yyyyMMddHHmmss}"`,
  ];
  let number = 0;
  channels.forEach((channel, index) => {
    if (!inPlaylist(index)) return;
    number++;
    const group = channel.id.startsWith('CCTV') ? '央视' : index % 3 === 0 ? '卫视' : '地方';
    lines.push(
      `#EXTINF:-1 tvg-id="${channel.id}" tvg-name="${channel.name}" tvg-chno="${number}" group-title="${group}",${channel.name}`,
      stream,
    );
  });
  for (let i = 0; i < PLAYLIST_ONLY; i++) {
    number++;
    lines.push(
      `#EXTINF:-1 tvg-id="local-${i}" tvg-chno="${number}" group-title="本地",本地频道${i + 1}`,
      stream,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
