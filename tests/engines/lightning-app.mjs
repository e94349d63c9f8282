// Live TV as a Lightning SDK app (dist-lightning/, issue #21) on a TV engine, served
// as the portal's production build is (the operator's config.json beside it, pointing at
// the loopback operator servers): a channel plays, CH+ and CH− zap, the grid guide
// opens, and Back at the top calls the SDK's platformSettings.onClose. What the canvas
// shows is read from the speech bridge, as in the portal's walk.

import { checkList } from './check-list.mjs';

const SPOKEN = `(document.querySelector('[data-speech="polite"]') || {}).textContent || ''`;
const PLAYING = `(function () {
  var video = document.querySelector('video#video-player');
  return !!video && video.readyState >= 2 && video.currentTime > 0;
})()`;
const CLOSED = `performance.getEntriesByName('hearth:lightning-app-close').length === 1 && !document.querySelector('canvas')`;

/** The speech bridge says something matching `pattern` (a RegExp's source). */
const says = (pattern) => `new RegExp(${JSON.stringify(pattern)}).test(${SPOKEN}) && ${SPOKEN}`;

/**
 * Walks the Lightning app at `url` on `page` (page.mjs or wpe-page.mjs); `shot(name)`
 * keeps a screenshot. Returns [{ check, ok, detail }], each check reported on its own.
 */
export async function walkLightningApp(page, url, { shot, log = () => {} }) {
  let playing = false;
  const { results, check } = checkList(log, () =>
    !playing && results.length > 0 ? 'no channel played' : null,
  );
  await check('Lightning app: a channel plays and is named', async () => {
    await page.goto(url);
    await page.waitFor(PLAYING, 'the SDK’s video shows no moving picture', 30_000);
    const said = await page.waitFor(says('^1 '), 'the first channel was not named', 10_000);
    playing = true;
    await shot('lightning-app-playing');
    return said.slice(0, 40);
  });
  await check('Lightning app: CH+ and CH− zap', async () => {
    await page.press('ChannelUp');
    const up = await page.waitFor(says('^2 '), 'CH+ did not reach channel 2', 10_000);
    await page.press('ChannelDown');
    await page.waitFor(says('^1 '), 'CH− did not come back to channel 1', 10_000);
    return up.slice(0, 30);
  });
  await check('Lightning app: the grid guide opens from the channel list', async () => {
    await page.waitFor(says('\\d\\d:\\d\\d 至 \\d\\d:\\d\\d'), 'the guide never arrived', 30_000);
    await page.press('Ok');
    await page.press('Left');
    await page.waitFor(says('^全部频道$'), 'Left in the list did not reach its groups', 10_000);
    await page.press('Up');
    await page.waitFor(says('^节目指南$'), 'Up did not reach 节目指南', 10_000);
    await page.press('Ok');
    const cell = await page.waitFor(
      says('^演示综合, .+, \\d\\d:\\d\\d 至 \\d\\d:\\d\\d'),
      'the grid did not name a programme',
      10_000,
    );
    // What is said comes before the frame that shows it: give the engine a second to paint.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await shot('lightning-app-guide');
    return cell.slice(0, 40);
  });
  await check('Lightning app: Back at the top calls platformSettings.onClose', async () => {
    await page.press('Back');
    await page.press('Back');
    await page.waitFor(CLOSED, 'Back at the top did not close the app', 10_000);
  });
  return results;
}
