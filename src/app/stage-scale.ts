/**
 * Hearth is laid out once, on a 1920×1080 stage, and scaled to the screen:
 * 1280×720 boxes, 4K panels and odd browser sizes alike, letterboxed when the
 * aspect differs.
 */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface StageFit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function fitStage(viewportWidth: number, viewportHeight: number): StageFit {
  const scale = Math.min(viewportWidth / STAGE_WIDTH, viewportHeight / STAGE_HEIGHT);
  return {
    scale,
    offsetX: (viewportWidth - STAGE_WIDTH * scale) / 2,
    offsetY: (viewportHeight - STAGE_HEIGHT * scale) / 2,
  };
}
