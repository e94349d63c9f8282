import { describe, expect, it } from 'vitest';
import { LivePlayer } from '@src/features/watch/live-player.js';
import { FakeVideo } from '../../../support/fake-video.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('live TV under an alarm', () => {
  it('does not start playing when the refused sound is retried muted after the alarm came', async () => {
    const video = new FakeVideo(true);
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    expect(video.plays).toBe(1);
    // The alarm arrives while the engine is still deciding about sound…
    player.setInterrupted(true);
    // …and then refuses it: the muted second try must wait for the alarm.
    video.pendingRefusal?.();
    await settle();
    expect(video.paused).toBe(true);
    expect(video.plays).toBe(1);
    player.setInterrupted(false);
    await settle();
    expect(video.paused).toBe(false);
    player.destroy();
  });

  it('pauses again whatever starts the picture while the alarm holds', () => {
    const video = new FakeVideo(true);
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    video.muted = true;
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    player.setInterrupted(true);
    expect(video.paused).toBe(true);
    // Something outside the player resumes the element, as an engine or library might.
    video.paused = false;
    video.dispatchEvent(new Event('play'));
    expect(video.paused).toBe(true);
    player.setInterrupted(false);
    video.dispatchEvent(new Event('play'));
    expect(video.paused).toBe(false);
    player.destroy();
  });

  it('a second interruption does not lose the sound setting from before the first', async () => {
    const video = new FakeVideo(true);
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    video.muted = false;
    player.setInterrupted(true);
    player.setInterrupted(true);
    player.setInterrupted(false);
    expect(video.muted).toBe(false);
    player.destroy();
  });
});

describe('a key pressed during an alarm', () => {
  it('keeps the room quiet until the alarm ends, then brings the held-back sound', async () => {
    const video = new FakeVideo(true);
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    video.pendingRefusal?.();
    await settle();
    expect(video.muted).toBe(true);
    player.setInterrupted(true);
    player.userActivated();
    expect(video.muted).toBe(true);
    player.setInterrupted(false);
    expect(video.muted).toBe(false);
    player.destroy();
  });
});

describe('a stream this TV cannot play at all', () => {
  it('is reported after play() returns, so the zap that asked is not covering the notice', async () => {
    const video = new FakeVideo(true);
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    const heard: string[] = [];
    player.addEventListener('dead', (event) => heard.push((event as CustomEvent<string>).detail));
    // No Media Source Extensions here and no native HLS: nothing can play it.
    player.play({ url: 'http://127.0.0.1/live/channel.m3u8' });
    expect(heard).toEqual([]);
    await settle();
    expect(heard).toEqual(['unsupported']);
    // A zap away before the report makes it moot.
    player.play({ url: 'http://127.0.0.1/live/other.m3u8' });
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    await settle();
    expect(heard).toEqual(['unsupported']);
    player.destroy();
  });

  it('an alarm that ends does not resume what the household paused; its Play does', async () => {
    const video = new FakeVideo(true);
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    video.muted = true;
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    await settle();
    player.pauseForHousehold();
    expect(video.paused).toBe(true);
    player.setInterrupted(true);
    player.setInterrupted(false);
    await settle();
    expect(video.paused).toBe(true);
    player.resumeForHousehold();
    await settle();
    expect(video.paused).toBe(false);
    player.destroy();
  });
});

describe('live TV whose first play() is cut short', () => {
  it('asks again once the engine can play, so the first frame does not stay on screen', async () => {
    const video = new FakeVideo(true);
    video.muted = true;
    let first = true;
    const play = video.play.bind(video);
    video.play = () => {
      if (!first) return play();
      first = false;
      video.plays++;
      // hls.js attaching its media source under the first play().
      return Promise.reject(new DOMException('interrupted by a new load request', 'AbortError'));
    };
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    await settle();
    expect(video.paused).toBe(true);
    video.dispatchEvent(new Event('canplay'));
    await settle();
    expect(video.plays).toBe(2);
    expect(video.paused).toBe(false);
    player.destroy();
  });

  it('does not ask again when the household paused meanwhile', async () => {
    const video = new FakeVideo(true);
    video.muted = true;
    video.play = () => {
      video.plays++;
      return Promise.reject(new DOMException('interrupted by a call to pause()', 'AbortError'));
    };
    const player = new LivePlayer(video as unknown as HTMLVideoElement);
    player.play({ url: 'http://127.0.0.1/clip.mp4' });
    player.pauseForHousehold();
    await settle();
    video.dispatchEvent(new Event('canplay'));
    await settle();
    expect(video.plays).toBe(1);
    player.destroy();
  });
});
