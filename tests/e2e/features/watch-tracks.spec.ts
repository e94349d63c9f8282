/**
 * The sound and the subtitles with the remote: on a channel whose stream has
 * two sound tracks and Chinese subtitles (the demo's 演示中文国际), Green
 * changes the sound and Blue shows the subtitles, drawn in the picture; both
 * are remembered for the channel, so they come back after zapping away.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { openHearth, spoken } from '../support/focus.js';
import { waitForPicture } from '../support/video.js';

/** The subtitles the picture shows now: the text of the showing track's active cues. */
const subtitlesOnScreen = (page: Page) =>
  page.evaluate(() => {
    const video = document
      .querySelector('hearth-app')
      ?.shadowRoot?.querySelector('hearth-watch')
      ?.shadowRoot?.querySelector('video');
    const showing = [...(video?.textTracks ?? [])].filter((track) => track.mode === 'showing');
    return showing.flatMap((track) =>
      [...(track.activeCues ?? [])].map((cue) => (cue as VTTCue).text),
    );
  });

test('Green changes the sound, Blue shows the subtitles; the channel keeps both', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  const audioRequests: string[] = [];
  page.on('request', (request) => {
    const name = /\/demo\/hls\/(audio-\w+)-\d+\.ts$/.exec(request.url())?.[1];
    if (name) audioRequests.push(name);
  });
  await openHearth(page, '/#/watch');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 15_000 });
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
  await dpad.press('Digit4');
  await dpad.press('Ok');
  // Named with what is on, as a person hears it before reaching for the next key.
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^4 演示中文国际, .+ 至 /);
  await waitForPicture(page);
  await expect.poll(() => audioRequests).toContain('audio-zh');

  await dpad.press('Green');
  await expect.poll(() => spoken(page)).toBe('声音：粤语');
  await expect.poll(() => audioRequests).toContain('audio-yue');

  await dpad.press('Blue');
  await expect.poll(() => spoken(page)).toBe('字幕：中文字幕');
  await expect
    .poll(() => subtitlesOnScreen(page), { timeout: 15_000 })
    .toEqual([expect.stringMatching(/^演示字幕：第 \d 段$/)]);
  await page.screenshot({ path: info.outputPath('subtitles.png') });

  // Away and back: the channel comes back with 粤语 and its subtitles.
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^5 /);
  await expect.poll(() => subtitlesOnScreen(page)).toEqual([]);
  audioRequests.length = 0;
  await dpad.press('ChannelDown');
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^4 演示中文国际, .+ 至 /);
  await expect.poll(() => audioRequests, { timeout: 15_000 }).toContain('audio-yue');
  await expect
    .poll(() => subtitlesOnScreen(page), { timeout: 15_000 })
    .toEqual([expect.stringMatching(/^演示字幕/)]);

  // Blue again: subtitles off.
  await dpad.press('Blue');
  await expect.poll(() => spoken(page)).toBe('字幕：关');
  await expect.poll(() => subtitlesOnScreen(page)).toEqual([]);
  // A channel of one sound says so.
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^5 \S+, .+ 至 /);
  await dpad.press('Green');
  await expect.poll(() => spoken(page)).toBe('这个频道只有一种声音');
});
