/**
 * Starts the Lightning application on the screen's canvas: WebGL when the
 * engine can create it, canvas2d otherwise (old boxes, blocked GPUs), the
 * render loop paused while nothing changes, and no key listeners of its own.
 */
import { Stage } from '@lightningjs/core';
import { HearthLightningPlatform, LIGHTNING_KEYMAP } from '../lightning-platform.js';
import { WatchApp } from './watch-app.js';

export function createWatchApp(canvas: HTMLCanvasElement, forceCanvas2d = false): WatchApp {
  const options = (canvas2d: boolean) => ({
    stage: {
      canvas,
      w: 1920,
      h: 1080,
      clearColor: 0x00000000,
      platform: HearthLightningPlatform,
      pauseRafLoopOnIdle: true,
      // Logos are SVG files; an image worker cannot decode SVG.
      useImageWorker: false,
      canvas2d,
    },
    keys: LIGHTNING_KEYMAP,
  });
  const canvas2d = forceCanvas2d || !Stage.isWebglSupported();
  try {
    return new WatchApp(options(canvas2d));
  } catch (error) {
    if (canvas2d) throw error;
    console.warn('[hearth:watch] WebGL failed, drawing with canvas2d', error);
    return new WatchApp(options(true));
  }
}
