/**
 * Starts the Lightning application on the screen's canvas: WebGL when the
 * engine can create it, canvas2d otherwise (old boxes, blocked GPUs), the
 * render loop paused while nothing changes, and no key listeners of its own.
 *
 * The WebGL context is made apart from the application (createStageContext,
 * then createWatchApp) so the screen can run the two in separate tasks: each
 * takes tens of milliseconds on a TV, together they held the page too long.
 */
import { Stage } from '@lightningjs/core';
import { HearthLightningPlatform, LIGHTNING_KEYMAP } from '../lightning-platform.js';
import { installEvalFreeLightning } from './eval-free-lightning.js';
import { STAGE_H, STAGE_W } from './layout.js';
import { WatchApp } from './watch-app.js';

// Before any component is built: the portal's CSP forbids eval.
installEvalFreeLightning();

/** The attributes Lightning's web platform asks for when it makes the context itself. */
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: false,
  premultipliedAlpha: true,
  stencil: true,
  preserveDrawingBuffer: false,
};

/** The canvas's WebGL context for the stage, or null when it must draw with canvas2d. */
export function createStageContext(
  canvas: HTMLCanvasElement,
  forceCanvas2d = false,
): WebGLRenderingContext | null {
  if (forceCanvas2d || !Stage.isWebglSupported()) return null;
  return (
    canvas.getContext('webgl', CONTEXT_ATTRIBUTES) ??
    // The DOM types know no 'experimental-webgl' (old engines' name): it gives the same context.
    (canvas.getContext('experimental-webgl', CONTEXT_ATTRIBUTES) as WebGLRenderingContext | null)
  );
}

/** The application on `canvas`, drawing through `context` (null: canvas2d). */
export function createWatchApp(
  canvas: HTMLCanvasElement,
  context: WebGLRenderingContext | null,
): WatchApp {
  const options = (canvas2d: boolean) => ({
    stage: {
      canvas,
      context: canvas2d ? null : context,
      w: STAGE_W,
      h: STAGE_H,
      clearColor: 0x00000000,
      platform: HearthLightningPlatform,
      pauseRafLoopOnIdle: true,
      // Texture pixels kept before Lightning frees unused ones. Its default (24 M, ~96 MB
      // of GPU memory) let a thousand zaps keep a text texture per channel banner; the
      // overlays need a few million at most (a full screen is 2 M).
      memoryPressure: 8e6,
      // Logos are SVG files; an image worker cannot decode SVG.
      useImageWorker: false,
      canvas2d,
    },
    keys: LIGHTNING_KEYMAP,
  });
  const canvas2d = context === null;
  try {
    return new WatchApp(options(canvas2d));
  } catch (error) {
    if (canvas2d) throw error;
    console.warn('[hearth:watch] WebGL failed, drawing with canvas2d', error);
    return new WatchApp(options(true));
  }
}
