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
import { STAGE_OPTIONS } from './stage-options.js';
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
      ...STAGE_OPTIONS,
      platform: HearthLightningPlatform,
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
