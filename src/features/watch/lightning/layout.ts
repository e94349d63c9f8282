/**
 * The stage and its safe area, shared by the overlays: every panel is placed
 * from these rather than from repeated pixel numbers.
 */

/** The stage Lightning draws on, in its own pixels (scaled to the canvas). */
export const STAGE_W = 1920;
export const STAGE_H = 1080;
/** The title-safe margins (5 % of each side, which a TV may crop): panels stay inside them. */
export const SAFE_X = 96;
export const SAFE_Y = 54;
/** A panel as wide as the safe area. */
export const SAFE_W = STAGE_W - 2 * SAFE_X;
