import { describe, expect, it } from 'vitest';
import type Hls from 'hls.js';
import { chooseSubtitles, tracksOf } from '@src/features/watch/stream-tracks.js';

/** hls.js as the tracks see it: one subtitles rendition from the playlist. */
function fakeHls() {
  return {
    audioTracks: [{ name: '普通话' }],
    audioTrack: 0,
    subtitleTracks: [{ name: '中文字幕', lang: 'zh' }],
    subtitleTrack: -1,
    subtitleDisplay: false,
  };
}

/** A <video> whose text tracks are that rendition and the 608 captions hls.js found. */
function fakeVideo() {
  const textTracks = [
    { kind: 'subtitles', label: '中文字幕', language: 'zh', mode: 'disabled' },
    { kind: 'captions', label: 'English CC', language: 'en', mode: 'hidden' },
  ];
  return { textTracks };
}

describe('subtitles and closed captions', () => {
  it('lists the captions in the video after the playlist’s subtitles, and shows one at a time', () => {
    const hls = fakeHls();
    const video = fakeVideo();
    const asHls = hls as unknown as Hls;
    const asVideo = video as unknown as HTMLVideoElement;
    expect(tracksOf(asHls, asVideo).subtitles).toEqual([
      { id: 0, name: '中文字幕' },
      { id: 1, name: 'English CC' },
    ]);
    expect(tracksOf(asHls, asVideo).subtitleId).toBe(-1);

    chooseSubtitles(asHls, 1, asVideo);
    expect(video.textTracks[1]?.mode).toBe('showing');
    expect(hls.subtitleDisplay).toBe(false);
    expect(tracksOf(asHls, asVideo).subtitleId).toBe(1);

    chooseSubtitles(asHls, 0, asVideo);
    expect(video.textTracks[1]?.mode).toBe('hidden');
    expect([hls.subtitleTrack, hls.subtitleDisplay]).toEqual([0, true]);
    expect(tracksOf(asHls, asVideo).subtitleId).toBe(0);

    chooseSubtitles(asHls, -1, asVideo);
    expect([hls.subtitleTrack, hls.subtitleDisplay]).toEqual([-1, false]);
    expect(tracksOf(asHls, asVideo).subtitleId).toBe(-1);
  });

  it('offers captions the playlist declares before their data has come, and shows them once it has', () => {
    const hls = fakeHls();
    const video = { textTracks: [fakeVideo().textTracks[0]] } as {
      textTracks: { kind: string; label: string; language: string; mode: string }[];
    };
    const asHls = hls as unknown as Hls;
    const declared = ['English CC'];
    const early = tracksOf(asHls, video as unknown as HTMLVideoElement, declared);
    expect(early.subtitles.map((t) => t.name)).toEqual(['中文字幕', 'English CC']);
    // Chosen now, it waits; when hls.js adds its track, the same name is found and shown.
    chooseSubtitles(asHls, 1, video as unknown as HTMLVideoElement);
    video.textTracks.push({
      kind: 'captions',
      label: 'English CC',
      language: 'en',
      mode: 'hidden',
    });
    const later = tracksOf(asHls, video as unknown as HTMLVideoElement, declared);
    expect(later.subtitles.map((t) => t.name)).toEqual(['中文字幕', 'English CC']);
    chooseSubtitles(asHls, 1, video as unknown as HTMLVideoElement);
    expect(video.textTracks[1]?.mode).toBe('showing');
  });

  it('keeps the playlist’s order of 608 and 708 captions whichever brings its first words first', () => {
    const hls = fakeHls();
    const tracks = [fakeVideo().textTracks[0]] as {
      kind: string;
      label: string;
      language: string;
      mode: string;
    }[];
    const video = { textTracks: tracks } as unknown as HTMLVideoElement;
    const asHls = hls as unknown as Hls;
    const declared = ['English CC', 'Español'];
    // The 708 service's words come first.
    tracks.push({ kind: 'captions', label: 'Español', language: 'es', mode: 'hidden' });
    const names = () => tracksOf(asHls, video, declared).subtitles.map((t) => t.name);
    expect(names()).toEqual(['中文字幕', 'English CC', 'Español']);
    chooseSubtitles(asHls, 2, video, declared);
    expect(tracks[1]?.mode).toBe('showing');
    expect(tracksOf(asHls, video, declared).subtitleId).toBe(2);
    // Then the 608 track: nothing moves, and choosing it shows it alone.
    tracks.push({ kind: 'captions', label: 'English CC', language: 'en', mode: 'hidden' });
    expect(names()).toEqual(['中文字幕', 'English CC', 'Español']);
    expect(tracksOf(asHls, video, declared).subtitleId).toBe(2);
    chooseSubtitles(asHls, 1, video, declared);
    expect(tracks.map((t) => t.mode)).toEqual(['disabled', 'hidden', 'showing']);
    expect(tracksOf(asHls, video, declared).subtitleId).toBe(1);
    // Captions the playlist does not name come after those it does.
    tracks.push({ kind: 'captions', label: '', language: '', mode: 'hidden' });
    expect(names()).toEqual(['中文字幕', 'English CC', 'Español', 'CC3']);
  });
});
