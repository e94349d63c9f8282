/**
 * The demo programme guide as XMLTV: every demo channel, with programmes from
 * two days back to seven days ahead of now, so catch-up, "now / next" and the
 * week's grid always have something to show.
 */
import { DEMO_CHANNELS, channelLogoPath, type DemoChannel } from './channel-list';
import { GENRES } from './programme-genres';
import { programmesBetween, type DemoProgramme } from './programmes';
import { DAY_MS, MINUTE_MS, formatXmltvTime } from '../time';
import { escapeXml } from '../xml-escape';

const HALF_HOUR_MS = 30 * MINUTE_MS;

export interface GuideWindow {
  /** The half hour that holds `now`: the guide only changes when it moves on. */
  anchor: number;
  from: number;
  to: number;
}

/**
 * The span the guide covers at `now`. It is anchored to the current half hour
 * rather than to `now` itself, so every request within the half hour gets the
 * same document (and the same ETag) while still covering now − 2 days to
 * now + 7 days.
 */
export function guideWindow(now: number): GuideWindow {
  const anchor = Math.floor(now / HALF_HOUR_MS) * HALF_HOUR_MS;
  return { anchor, from: anchor - 2 * DAY_MS, to: anchor + 7 * DAY_MS + HALF_HOUR_MS };
}

function channelXml(channel: DemoChannel): string {
  return (
    `<channel id="${escapeXml(channel.id)}">` +
    `<display-name lang="zh">${escapeXml(channel.name)}</display-name>` +
    `<display-name>${channel.number}</display-name>` +
    `<icon src="${escapeXml(channelLogoPath(channel))}"/>` +
    `</channel>\n`
  );
}

// One line per programme and no optional extras: thirty channels over nine days
// are some 7,000 programmes, and a set-top box has to parse all of them.
function programmeXml(programme: DemoProgramme): string {
  const { category } = GENRES[programme.genre];
  const episode = programme.episode;
  // Child order follows the XMLTV DTD (title, sub-title, desc, category, episode-num, …).
  return (
    `<programme start="${formatXmltvTime(programme.start)}" stop="${formatXmltvTime(programme.stop)}" channel="${escapeXml(programme.channelId)}">` +
    `<title lang="zh">${escapeXml(programme.title)}</title>` +
    (episode === undefined ? '' : `<sub-title lang="zh">第${episode}集</sub-title>`) +
    `<desc lang="zh">${escapeXml(programme.description)}</desc>` +
    `<category lang="zh">${escapeXml(category.zh)}</category>` +
    `<category lang="en">${escapeXml(category.en)}</category>` +
    (episode === undefined ? '' : `<episode-num system="xmltv_ns">.${episode - 1}.</episode-num>`) +
    (programme.rerun ? '<previously-shown/>' : '') +
    (programme.rating ? `<rating><value>${escapeXml(programme.rating)}</value></rating>` : '') +
    `</programme>\n`
  );
}

/** The XMLTV document for the window that holds `now`. */
export function buildGuide(now: number, channels: readonly DemoChannel[] = DEMO_CHANNELS): string {
  const window = guideWindow(now);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<tv date="${formatXmltvTime(window.anchor)}" source-info-name="Hearth demo" generator-info-name="Hearth demo backend">\n`,
  ];
  for (const channel of channels) parts.push(channelXml(channel));
  for (const channel of channels) {
    for (const programme of programmesBetween(channel, window.from, window.to)) {
      parts.push(programmeXml(programme));
    }
  }
  parts.push('</tv>\n');
  return parts.join('');
}
