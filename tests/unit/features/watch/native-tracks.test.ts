import { describe, expect, it } from 'vitest';
import { LivePlayer } from '@src/features/watch/live-player.js';
import { TrackChoice } from '@src/features/watch/track-choice.js';
import { FakeVideo } from '../../../support/fake-video.js';
import { memoryStorage } from '../../../support/memory-storage.js';

/** A list of tracks as engines expose them: indexed, with a length, and events. */
function trackList<T extends object>(tracks: T[]) {
  const list = Object.assign(new EventTarget(), { length: tracks.length }) as EventTarget & {
    length: number;
    [index: number]: T;
  };
  tracks.forEach((track, i) => (list[i] = track));
  return {
    list,
    add(track: T) {
      list[list.length] = track;
      list.length++;
      list.dispatchEvent(new Event('addtrack'));
    },
  };
}

/** A WebKit-like <video> that plays HLS itself, with its sound and text tracks. */
class NativeHlsVideo extends FakeVideo {
  readonly audio = trackList([{ label: '普通话', language: 'zh', enabled: true }]);
  readonly text = trackList([{ kind: 'metadata', label: 'id3', language: '', mode: 'hidden' }]);
  get audioTracks() {
    return this.audio.list;
  }
  constructor() {
    super();
    this.textTracks = this.text.list;
  }
  override canPlayType(type: string): string {
    return type === 'application/vnd.apple.mpegurl' ? 'maybe' : '';
  }
}

describe('sound and subtitles where the engine plays HLS itself', () => {
  it('offers the engine’s tracks, says when they come, and chooses one sound and one subtitle at a time', () => {
    const video = new NativeHlsVideo();
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    let told = 0;
    player.addEventListener('tracks', () => told++);
    player.play({ url: 'http://127.0.0.1/live/channel.m3u8' });
    expect(video.src).toBe('http://127.0.0.1/live/channel.m3u8');

    // The engine reads the playlist: a second sound, Chinese subtitles, and 608 captions.
    video.audio.add({ label: '粤语', language: 'yue', enabled: false });
    video.text.add({ kind: 'subtitles', label: '中文字幕', language: 'zh', mode: 'disabled' });
    video.text.add({ kind: 'captions', label: '', language: 'en', mode: 'disabled' });
    expect(told).toBe(3);
    expect(player.tracks).toEqual({
      audio: [
        { id: 0, name: '普通话' },
        { id: 1, name: '粤语' },
      ],
      // The metadata track is not offered; a caption without a label is named by its language.
      subtitles: [
        { id: 0, name: '中文字幕' },
        { id: 1, name: 'en' },
      ],
      audioId: 0,
      subtitleId: -1,
    });

    // Green and Blue as the household presses them, remembered for the channel.
    const choice = new TrackChoice(player, memoryStorage());
    expect(choice.nextAudio('cctv4')).toBe('声音：粤语');
    expect([video.audio.list[0]?.enabled, video.audio.list[1]?.enabled]).toEqual([false, true]);
    expect(choice.nextSubtitles('cctv4')).toBe('字幕：中文字幕');
    expect(choice.nextSubtitles('cctv4')).toBe('字幕：en');
    const modes = () => [0, 1, 2].map((i) => video.text.list[i]?.mode);
    expect(modes()).toEqual(['hidden', 'disabled', 'showing']);
    expect(player.tracks.subtitleId).toBe(1);
    expect(choice.nextSubtitles('cctv4')).toBe('字幕：关');
    expect(modes()).toEqual(['hidden', 'disabled', 'disabled']);
    player.destroy();
  });

  it('has no tracks to offer while nothing plays, and none on an engine without sound track lists', () => {
    const video = new FakeVideo();
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    expect(player.tracks.audio).toEqual([]);
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    expect(player.tracks).toEqual({ audio: [], subtitles: [], audioId: -1, subtitleId: -1 });
    player.chooseAudio(0);
    player.destroy();
  });
});
