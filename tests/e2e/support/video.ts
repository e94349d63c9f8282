/** The live-TV picture as a person sees and hears it: frames, time, source, subtitles. */
import { expect, type Page } from '@playwright/test';

interface VideoState {
  /** The `src` attribute: a locked channel's video has none. */
  src: string | null;
  ready: number;
  paused: boolean;
  time: number;
  /** The text of the showing text tracks' active cues: the subtitles on screen. */
  subtitles: string[];
  /** Every cue of the showing text tracks, in time order: what they show as the stream plays. */
  captions: string[];
}

/** The watch screen's video as it is now, or null when live TV is not open. */
function videoState(page: Page): Promise<VideoState | null> {
  return page.evaluate(() => {
    const video = document
      .querySelector('hearth-app')
      ?.shadowRoot?.querySelector('hearth-watch')
      ?.shadowRoot?.querySelector('video');
    if (!video) return null;
    const showing = [...video.textTracks].filter((track) => track.mode === 'showing');
    return {
      src: video.getAttribute('src'),
      ready: video.readyState,
      paused: video.paused,
      time: video.currentTime,
      subtitles: showing.flatMap((track) =>
        [...(track.activeCues ?? [])].map((cue) => (cue as VTTCue).text),
      ),
      captions: showing
        .flatMap((track) => [...(track.cues ?? [])])
        .sort((a, b) => a.startTime - b.startTime)
        .map((cue) => (cue as VTTCue).text),
    };
  });
}

/** The watch screen's video has decoded frames and its time has moved. */
export async function waitForPicture(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const video = await videoState(page);
        return !!video && video.ready >= 2 && video.time > 0;
      },
      { timeout },
    )
    .toBe(true);
}

/** The video's source and readiness: a locked channel's is `{ src: null, ready: 0 }`. */
export async function videoSource(page: Page) {
  const video = await videoState(page);
  return video ? { src: video.src, ready: video.ready } : null;
}

/** Whether the picture is paused, and where its time is. */
export async function videoClock(page: Page) {
  const video = await videoState(page);
  return video ? { paused: video.paused, time: video.time } : null;
}

/** The subtitles the picture shows now. */
export async function subtitlesOnScreen(page: Page): Promise<string[]> {
  return (await videoState(page))?.subtitles ?? [];
}

/** Every caption the showing tracks hold, in time order: each shows when the stream reaches it. */
export async function captionsOfTheStream(page: Page): Promise<string[]> {
  return (await videoState(page))?.captions ?? [];
}
