/**
 * The Lightning SDK's VideoPlayer plugin, typed for what Hearth uses of it. The
 * SDK declares it `any` (its index.d.ts), so this is the one place that says
 * what shape it has (@metrological/sdk's src/VideoPlayer/index.js).
 */
import { VideoPlayer } from '@lightningjs/sdk';
import type { Component } from '@lightningjs/core';

export interface SdkVideoPlayer {
  /** The component told of the player's events ($videoPlayerPlaying…). */
  consumer(component: Component): void;
  /** Opens a stream on the video element; the SDK's default sets `src`. */
  loader(load: (url: string, video: HTMLVideoElement) => Promise<void>): void;
  unloader(unload: (video: HTMLVideoElement) => Promise<void>): void;
  open(url: string): void;
  close(): void;
  /** The `<video>` the SDK made (or found) on first use. */
  readonly _videoEl: HTMLVideoElement;
}

// The SDK's own declaration is `any`: SdkVideoPlayer is what its source provides.
export const sdkVideoPlayer = VideoPlayer as SdkVideoPlayer;
