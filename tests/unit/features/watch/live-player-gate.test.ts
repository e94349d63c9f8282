import { describe, expect, it } from 'vitest';
import { LivePlayer, type StreamGate } from '@src/features/watch/live-player.js';
import { FakeVideo } from '../../../support/fake-video.js';

/** A host's video plugin (the Lightning SDK's VideoPlayer): it opens and closes, the player loads. */
function gateFor() {
  const calls: string[] = [];
  let player: LivePlayer | null = null;
  const gate: StreamGate = {
    open: (url) => calls.push(`open ${url}`),
    close: () => {
      calls.push('close');
      player?.unload();
    },
  };
  return { calls, gate, attach: (p: LivePlayer) => (player = p) };
}

describe('the player behind a host’s video plugin', () => {
  it('asks the plugin to open each stream and plays only when the plugin hands it back', () => {
    const video = new FakeVideo();
    const { calls, gate, attach } = gateFor();
    const player = attach(new LivePlayer(video as unknown as HTMLVideoElement, gate));
    player.play({ url: 'http://127.0.0.1/one.mp4' });
    expect(calls).toEqual(['open http://127.0.0.1/one.mp4']);
    expect(video.src).toBe('');
    expect(video.plays).toBe(0);
    player.load('http://127.0.0.1/one.mp4');
    expect(video.src).toBe('http://127.0.0.1/one.mp4');
    expect(video.plays).toBe(1);
  });

  it('ignores a stream the plugin opens late, after another was asked for', () => {
    const video = new FakeVideo();
    const { calls, gate, attach } = gateFor();
    const player = attach(new LivePlayer(video as unknown as HTMLVideoElement, gate));
    player.play({ url: 'http://127.0.0.1/one.mp4' });
    player.play({ url: 'http://127.0.0.1/two.mp4' });
    player.load('http://127.0.0.1/one.mp4');
    expect(video.src).toBe('');
    player.load('http://127.0.0.1/two.mp4');
    expect(video.src).toBe('http://127.0.0.1/two.mp4');
    expect(calls).toEqual(['open http://127.0.0.1/one.mp4', 'open http://127.0.0.1/two.mp4']);
  });

  it('closes through the plugin, which leaves the video without a source', () => {
    const video = new FakeVideo();
    const { calls, gate, attach } = gateFor();
    const player = attach(new LivePlayer(video as unknown as HTMLVideoElement, gate));
    player.play({ url: 'http://127.0.0.1/one.mp4' });
    player.load('http://127.0.0.1/one.mp4');
    player.stop();
    expect(calls.at(-1)).toBe('close');
    expect(video.src).toBe('');
    expect(player.current).toBeNull();
  });
});
