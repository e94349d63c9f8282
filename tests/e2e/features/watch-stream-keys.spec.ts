/**
 * The keys a household uses on the stream itself, on an LG remote (it has Play,
 * Pause and Fast-forward of its own): on a channel whose stream has two sound
 * tracks and Chinese subtitles (the demo's 演示中文国际), Green changes the sound
 * and Blue shows the subtitles, drawn in the picture, both remembered for the
 * channel; on the live channel with two minutes of time shift (演示体育), Pause
 * holds live TV, Play resumes behind live and says by how much, Fast-forward
 * jumps back to live; on 演示电影, whose video carries closed captions (CEA-608
 * in English, and a CEA-708 service in Spanish), Blue shows each in turn.
 */
import { test, expect } from '../support/fixtures.js';
import { openHearth, spoken } from '../support/focus.js';
import {
  captionsOfTheStream,
  subtitlesOnScreen,
  videoClock,
  waitForPicture,
} from '../support/video.js';

test('Green changes the sound, Blue shows the subtitles, both kept for the channel; Pause, Play and Fast-forward shift live TV', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(120_000);
  dpad.platform = 'webos';
  const audioRequests: string[] = [];
  page.on('request', (request) => {
    const name = /\/demo\/hls\/(audio-\w+)-\d+\.ts$/.exec(request.url())?.[1];
    if (name) audioRequests.push(name);
  });
  await openHearth(page, '/?platform=webos#/watch');
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

  // The live channel (one sound, so Green said so above): pause it.
  await waitForPicture(page);
  await dpad.press('Pause');
  await expect.poll(() => spoken(page)).toBe('已暂停。按播放键继续，按快进键回到直播');
  const held = await videoClock(page);
  expect(held?.paused).toBe(true);
  // The door, a minute: here six seconds, more than a segment of the live stream.
  await page.waitForTimeout(6000);
  expect((await videoClock(page))?.time).toBe(held?.time);

  await dpad.press('Play');
  await expect.poll(() => spoken(page)).toMatch(/^继续播放，比直播晚 \d+ 秒$/);
  const behind = Number(/(\d+) 秒/.exec(await spoken(page))?.[1]);
  // At least the pause itself, and no more than the window.
  expect(behind).toBeGreaterThanOrEqual(6);
  expect(behind).toBeLessThanOrEqual(120);
  await expect
    .poll(async () => (await videoClock(page))?.time ?? 0)
    .toBeGreaterThan(held?.time ?? 0);

  await dpad.press('FastForward');
  await expect.poll(() => spoken(page)).toBe('回到直播');
  await expect.poll(async () => (await videoClock(page))?.paused).toBe(false);

  // 演示电影 carries closed captions in its video (CEA-608): Blue shows them too.
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^6 演示电影, .+ 至 /);
  // As soon as the picture runs, maybe before the captions' first data has come
  // (CI once pressed Blue then): the playlist declares them, and they show when it comes.
  await waitForPicture(page);
  await dpad.press('Blue');
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toBe('字幕：English CC');
  await expect
    .poll(() => subtitlesOnScreen(page), { timeout: 15_000 })
    .toEqual([expect.stringMatching(/Demo captions, part \d/)]);
  // Blue again: its digital (CEA-708) captions, a Spanish service, instead.
  await dpad.press('Blue');
  await expect.poll(() => spoken(page)).toBe('字幕：Español');
  await expect
    .poll(() => subtitlesOnScreen(page), { timeout: 15_000 })
    .toEqual([expect.stringMatching(/^Subtítulos de demostración, parte \d$/)]);
  // All four of the service's captions, the first (in the stream's first picture) too:
  // it came before its track was ready and was once lost.
  await expect
    .poll(() => captionsOfTheStream(page), { timeout: 15_000 })
    .toEqual([1, 2, 3, 4].map((part) => `Subtítulos de demostración, parte ${part}`));
  // Info puts the banner away: the captions show above the warning strip.
  await dpad.press('Info');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: info.outputPath('closed-captions.png') });
});
