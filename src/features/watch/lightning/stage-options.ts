/**
 * Live TV's Lightning stage options, shared by the portal (create-watch-app.ts)
 * and the Lightning SDK app (src/lightning-app/main.ts).
 */
import { STAGE_H, STAGE_W } from './layout.js';

/** Live TV's stage, in the portal and in the Lightning SDK app (src/lightning-app/). */
export const STAGE_OPTIONS = {
  w: STAGE_W,
  h: STAGE_H,
  clearColor: 0x00000000,
  pauseRafLoopOnIdle: true,
  // Texture pixels kept before Lightning frees unused ones. Its default (24 M, ~96 MB
  // of GPU memory) let a thousand zaps keep a text texture per channel banner; the
  // overlays need a few million at most (a full screen is 2 M).
  memoryPressure: 8e6,
  // Logos are SVG files; an image worker cannot decode SVG.
  useImageWorker: false,
};
