/**
 * Live TV's player (src/features/watch/live-player.ts) behind the Lightning
 * SDK's VideoPlayer: every stream is opened with `VideoPlayer.open`, and the
 * SDK's `loader`/`unloader` hooks hand the video back to the player, which
 * attaches hls.js (its retries, stall watch, tracks and time-shift unchanged).
 * So the SDK sees each stream as a store app's player would (its events, its
 * show/hide of the video), and nothing of the playing is written twice.
 */
import { LivePlayer } from '../features/watch/live-player.js';
import type { Component } from '@lightningjs/core';
import { sdkVideoPlayer } from './sdk-video-player.js';

export function playerBehindSdk(consumer: Component): LivePlayer {
  const sdk = sdkVideoPlayer;
  sdk.consumer(consumer);
  const player = new LivePlayer(sdk._videoEl, {
    open: (url) => sdk.open(url),
    close: () => sdk.close(),
  });
  sdk.loader(async (url) => player.load(url));
  sdk.unloader(async () => player.unload());
  return player;
}
