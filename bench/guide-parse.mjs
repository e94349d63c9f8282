// Measure: a guide of 1,500 channels / 200,000 programmes (about 38 MB) read by
// Hearth's guide layer beside @iptv/xmltv and epg-parser, on the same file in
// one run. Budget (DESIGN.md): ≥ 2× faster than @iptv/xmltv, ≤ ⅓ of its memory.
//
// The file is generated deterministically (seeded): Chinese and English
// channels, titles, descriptions and categories, `+0800` times, a few entities
// and character references, and some elements the portal skips (episode
// numbers, credits). Each parser runs in a child Node process of its own, so
// peak RSS is that parser's alone: wall time from opening the file to holding
// the result; peak RSS as the larger of `process.resourceUsage().maxRSS` and
// `process.memoryUsage().rss` sampled every 20 ms (a synchronous parser blocks
// the sampler, so maxRSS is the figure that counts for them).
//
// Hearth's side runs the TypeScript sources: they are bundled with rolldown
// (Vite's bundler, already installed) into the temp dir, because the repo's
// `.js`-suffixed imports of `.ts` files do not run under Node's type stripping.
// It reads the file as a byte stream through decodeGuideStream → scanner →
// store, as the worker does with a fetch body.
//
//   node bench/guide-parse.mjs          prints the results as JSON
import { spawn } from 'node:child_process';
import {
  createReadStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { textFileWriter } from './text-file-writer.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const THIS_FILE = fileURLToPath(import.meta.url);

export const CHANNELS = 1500;
export const PROGRAMMES = 200_000;
/** Where the programmes begin unless told otherwise (a fixed day: the same bytes every run). */
const FIRST_PROGRAMME = Date.UTC(2025, 2, 1, 0, 0) - 8 * 3600_000;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ZH_CHANNELS = [
  'CCTV',
  '湖南卫视',
  '浙江卫视',
  '江苏卫视',
  '东方卫视',
  '北京卫视',
  '广东卫视',
  '深圳卫视',
  '山东卫视',
  '天津卫视',
  '安徽卫视',
  '重庆卫视',
  '四川卫视',
  '辽宁卫视',
  '黑龙江卫视',
  '湖北卫视',
];
export const ZH_TITLES = [
  '新闻联播',
  '焦点访谈',
  '天气预报',
  '今日说法',
  '动物世界',
  '正大综艺',
  '经济半小时',
  '朝闻天下',
  '新闻直播间',
  '体育新闻',
  '人与自然',
  '探索·发现',
  '星光大道',
  '等着我',
  '中国诗词大会',
  '繁花',
  '狂飙',
  '人世间',
  '山海情',
  '觉醒年代',
  '乡村爱情',
  '快乐大本营',
  '向往的生活',
  '奔跑吧',
  '舌尖上的中国',
  '记住乡愁',
  '健康之路',
  '开心辞典',
  '海峡两岸',
  '国宝档案',
];
const EN_TITLES = [
  'BBC News',
  'Planet Earth III',
  'The Great British Bake Off',
  'Top Gear',
  'Doctor Who',
  'Tom &amp; Jerry',
  'Match of the Day',
  'Newsnight',
  'University Challenge',
  'Antiques Roadshow',
  'Blue Planet',
  'EastEnders',
  'Question Time',
  '&quot;Sherlock&quot;',
  'Horizon',
  'Gardeners&apos; World',
];
const ZH_CATEGORIES = [
  '新闻',
  '电视剧',
  '综艺',
  '体育',
  '纪录片',
  '少儿',
  '电影',
  '财经',
  '生活',
  '音乐',
];
const EN_CATEGORIES = [
  'News',
  'Drama',
  'Entertainment',
  'Sport',
  'Documentary',
  'Children',
  'Film',
  'Business',
];
const ZH_DESC_A = [
  '本期节目',
  '本集讲述',
  '节目聚焦',
  '今天我们来到',
  '主持人带您走进',
  '镜头记录了',
];
const ZH_DESC_B = [
  '城市发展的新变化',
  '一个普通家庭的故事',
  '春耕时节的乡村',
  '科技创新的最新成果',
  '传统手艺的传承',
  '运动员备战的日常',
  '大自然的奥秘',
  '&#x4e2d;国航天的历程',
];
const ZH_DESC_C = [
  '带您感受不一样的精彩。',
  '敬请关注。',
  '展现新时代的风采。',
  '讲述平凡人的不平凡。',
  '值得全家一起观看。',
];
const EN_DESC = [
  'A look at the week&apos;s events.',
  'The team visits a farm in Yorkshire.',
  'Wildlife in the world&apos;s oceans &amp; rivers.',
  'Contestants face the final challenge.',
  'Experts value heirlooms brought in by the public.',
];
const DURATIONS = [15, 20, 30, 30, 45, 60, 60, 90, 120];

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** `YYYYMMDDhhmmss +0800` for an epoch-ms instant. */
function xmltvTime(ms) {
  const d = new Date(ms + 8 * 3600_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00 +0800`;
}

/**
 * Writes the guide to `file`. `start` (epoch ms) is when each channel's first programme
 * begins; the bytes differ only in the dates, never in length. Returns the size and the
 * channels (guide id and display name), for a playlist that matches it.
 * @returns {Promise<{ bytes: number, channels: { id: string, name: string }[] }>}
 */
export async function generateGuide(file, { seed = 20250301, start = FIRST_PROGRAMME } = {}) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const { write, end } = textFileWriter(file);
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tv SYSTEM "xmltv.dtd">\n');
  await write('<tv generator-info-name="hearth-bench" source-info-name="synthetic">\n');
  const channels = [];
  for (let c = 0; c < CHANNELS; c++) {
    const english = c % 5 === 4;
    const id = english ? `uk-${c}.example.net` : c < 17 ? `CCTV${c + 1}` : `cn-${c}`;
    const name = english ? `Channel ${c}` : c < 17 ? `CCTV-${c + 1}` : `${pick(ZH_CHANNELS)}${c}`;
    channels.push({ id, name, english });
    let xml = `<channel id="${id}">\n<display-name lang="${english ? 'en' : 'zh'}">${name}</display-name>\n`;
    if (rand() < 0.5)
      xml += `<display-name lang="en">${english ? `${name} HD` : `Channel ${c}`}</display-name>\n`;
    xml += `<icon src="https://example.com/logo/${c}.png" />\n</channel>\n`;
    await write(xml);
  }
  for (let c = 0; c < CHANNELS; c++) {
    const { id, english } = channels[c];
    const count = Math.floor(PROGRAMMES / CHANNELS) + (c < PROGRAMMES % CHANNELS ? 1 : 0);
    let t = start;
    for (let p = 0; p < count; p++) {
      const stop = t + pick(DURATIONS) * 60_000;
      const episode = 1 + Math.floor(rand() * 40);
      const title = english
        ? pick(EN_TITLES)
        : rand() < 0.5
          ? `${pick(ZH_TITLES)} 第${episode}集`
          : pick(ZH_TITLES);
      let xml = `<programme start="${xmltvTime(t)}" stop="${xmltvTime(stop)}" channel="${id}">\n`;
      xml += `<title lang="${english ? 'en' : 'zh'}">${title}</title>\n`;
      if (rand() < 0.1)
        xml += `<sub-title>${english ? `Episode ${episode}` : `第${episode}集`}</sub-title>\n`;
      if (rand() < 0.17) {
        // Episode-specific, as real descriptions are: few repeat.
        const desc = english
          ? `${pick(EN_DESC)} Part ${episode}.`
          : `${pick(ZH_DESC_A)}${pick(ZH_DESC_B)}（第${episode}集），${pick(ZH_DESC_C)}`;
        xml += `<desc lang="${english ? 'en' : 'zh'}">${desc}</desc>\n`;
      }
      const categories = english ? EN_CATEGORIES : ZH_CATEGORIES;
      xml += `<category>${pick(categories)}</category>\n`;
      if (rand() < 0.1) xml += `<category>${pick(categories)}</category>\n`;
      if (rand() < 0.08) xml += `<episode-num system="xmltv_ns">0.${episode - 1}.</episode-num>\n`;
      if (rand() < 0.02)
        xml += `<credits><actor role="host">${english ? 'Sam Jones' : '张三'}</actor></credits>\n`;
      xml += '</programme>\n';
      await write(xml);
      t = stop;
    }
  }
  await end('</tv>\n');
  return { bytes: statSync(file).size, channels: channels.map(({ id, name }) => ({ id, name })) };
}

/** Bundles Hearth's guide modules (TypeScript) into one ES module Node can run. */
async function bundleOurs(dir) {
  const entry = join(dir, 'hearth-guide-entry.ts');
  const src = (name) => JSON.stringify(join(ROOT, 'src/data/guide', name));
  writeFileSync(
    entry,
    `export { createXmltvParser } from ${src('xmltv-scanner.ts')};\n` +
      `export { GuideStoreBuilder } from ${src('guide-store.ts')};\n` +
      `export { decodeGuideStream } from ${src('decode-guide-bytes.ts')};\n` +
      `export { ProgrammeSearch } from ${src('programme-search.ts')};\n`,
  );
  const file = join(dir, 'hearth-guide.mjs');
  const { build } = await import('rolldown');
  await build({
    input: entry,
    platform: 'node',
    logLevel: 'warn',
    output: { file, format: 'esm' },
  });
  return file;
}

// ---- child side: one parser, one file, one JSON line on stdout ----

async function runChild(which, file, bundle) {
  let sampled = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  let programmes;
  let keep;
  let setAside = 0;
  if (which === 'ours') {
    const { createXmltvParser, GuideStoreBuilder, decodeGuideStream } = await import(
      pathToFileURL(bundle).href
    );
    const builder = new GuideStoreBuilder();
    const parser = createXmltvParser(builder);
    const body = Readable.toWeb(createReadStream(file));
    for await (const text of decodeGuideStream(body)) parser.write(text);
    parser.end();
    keep = builder.finish();
    programmes = keep.stats.programmes;
    // Read but not kept, by design: duplicates and programmes with no time on air once
    // overlaps are resolved, and the unusable (no start, no channel). Real guides have them.
    setAside = keep.stats.empty + keep.stats.dropped;
  } else if (which === 'iptvXmltv') {
    const { parseXmltv } = await import('@iptv/xmltv');
    keep = parseXmltv(readFileSync(file, 'utf8'));
    programmes = keep.programmes.length;
  } else {
    const { default: parser } = await import('epg-parser');
    keep = parser.parse(readFileSync(file, 'utf8'));
    programmes = keep.programs.length;
  }
  const ms = performance.now() - started;
  sampled = Math.max(sampled, process.memoryUsage().rss);
  clearInterval(sampler);
  const maxRss = process.resourceUsage().maxRSS * 1024; // kB → bytes
  const peak = Math.max(sampled, maxRss);
  // 搜索节目 on the guide just read (ours only, after its memory was measured).
  const search = which === 'ours' ? await timeSearches(bundle, keep) : undefined;
  process.stdout.write(
    `${JSON.stringify({ ms: Math.round(ms), peakRssMb: Math.round(peak / 1048576), programmes, setAside, held: keep !== undefined, search })}\n`,
  );
}

/**
 * 搜索节目 as the guide worker runs it: pinyin initials, a syllable, characters and
 * Latin letters over every channel and the whole guide, each query first (the titles'
 * readings worked out) and then again (kept).
 */
async function timeSearches(bundle, store) {
  const { ProgrammeSearch } = await import(pathToFileURL(bundle).href);
  const channelIds = store.channels().map((c) => c.id);
  const first = store.programmes(channelIds[0], 0, Infinity)[0]?.start ?? 0;
  const request = { channelIds, from: 0, to: Infinity, now: first + 3 * 86_400_000 };
  const search = new ProgrammeSearch(store);
  const times = {};
  for (const query of ['xwlb', 'xinwen', '新闻', 'nba']) {
    let at = performance.now();
    const found = search.find({ ...request, query }).length;
    const firstMs = performance.now() - at;
    at = performance.now();
    search.find({ ...request, query });
    times[query] = { first: Math.round(firstMs), again: Math.round(performance.now() - at), found };
  }
  return times;
}

function spawnChild(which, file, bundle) {
  return new Promise((resolveChild, reject) => {
    const child = spawn(process.execPath, [THIS_FILE, '--child', which, file, bundle ?? ''], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${which} exited with ${code}: ${stderr.slice(-2000)}`));
        return;
      }
      const { ms, peakRssMb, programmes, setAside, search } = JSON.parse(
        stdout.trim().split('\n').pop(),
      );
      resolveChild({ ms, peakRssMb, programmes, setAside, search });
    });
  });
}

/**
 * Runs the three parsers on one guide and returns their figures: on `guide` (a file
 * generateGuide wrote, with its size) when given, else on one it generates.
 * @param {{ log?: (line: string) => void, guide?: { file: string, bytes: number } }} [options]
 */
export async function measureGuideParse({ log = () => {}, guide } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-guide-bench-'));
  try {
    let file = guide?.file;
    let bytes = guide?.bytes;
    if (!file) {
      file = join(dir, 'guide.xml');
      log(`  generating ${CHANNELS} channels / ${PROGRAMMES} programmes`);
      ({ bytes } = await generateGuide(file));
    }
    log(`  ${(bytes / 1048576).toFixed(1)} MB; bundling Hearth's guide modules`);
    const bundle = await bundleOurs(dir);
    // A guide handed in says how many it holds (the operator-shaped one differs).
    const results = {
      file: {
        bytes,
        channels: guide?.channels ?? CHANNELS,
        programmes: guide?.programmes ?? PROGRAMMES,
      },
    };
    for (const [key, label] of [
      ['ours', 'Hearth'],
      ['iptvXmltv', '@iptv/xmltv'],
      ['epgParser', 'epg-parser'],
    ]) {
      log(`  ${label}…`);
      results[key] = await spawnChild(key, file, bundle);
      log(
        `  ${label}: ${results[key].ms} ms, ${results[key].peakRssMb} MB peak RSS, ${results[key].programmes} programmes`,
      );
    }
    const { ours, iptvXmltv } = results;
    log(
      `  Hearth vs @iptv/xmltv: ${(iptvXmltv.ms / ours.ms).toFixed(1)}× faster (budget ≥ 2×), ` +
        `${((100 * ours.peakRssMb) / iptvXmltv.peakRssMb).toFixed(0)} % of its peak RSS (budget ≤ 33 %)`,
    );
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === THIS_FILE) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await runChild(args[1], args[2], args[3]);
  } else {
    const results = await measureGuideParse({ log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  }
}
