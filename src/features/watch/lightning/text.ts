/**
 * Small builders for Lightning element patches, so components describe what
 * they show rather than repeating texture options.
 */
import type { WatchTheme } from '../watch-theme.js';

export interface TextOptions {
  size: number;
  colour?: number;
  width?: number;
  bold?: boolean;
  maxLines?: number;
  align?: 'left' | 'center' | 'right';
}

/**
 * The narrowest wrap width, in ems, Lightning is ever given. Lightning 2's
 * `wrapText` shortens an overflowing line one character at a time until the
 * line and its ".." suffix fit, and never stops when the suffix alone is wider
 * than the width: a two-minute programme's cell in the grid froze the whole
 * page that way. A dot is far narrower than an em in every font, so at 1.5 em
 * the loop always ends (at worst on an empty line and the suffix).
 */
export const MIN_WRAP_EMS = 1.5;

/** Whether `width` can hold wrapped text of `size` without hanging Lightning (see MIN_WRAP_EMS). */
export function canWrapText(width: number, size: number): boolean {
  return Number.isFinite(width) && width >= size * MIN_WRAP_EMS;
}

/**
 * A text patch. A `width` too narrow to wrap into (see MIN_WRAP_EMS) draws
 * nothing rather than handing Lightning a width it cannot finish.
 */
export function textPatch(theme: WatchTheme, value: string, options: TextOptions) {
  const fits = options.width === undefined || canWrapText(options.width, options.size);
  return {
    text: {
      text: fits ? value : '',
      fontFace: theme.fontFace,
      fontSize: options.size,
      fontStyle: options.bold ? 'bold' : 'normal',
      textColor: options.colour ?? theme.text,
      wordWrapWidth: fits ? (options.width ?? 0) : options.size * MIN_WRAP_EMS,
      wordWrap: options.width !== undefined,
      // Chinese has no spaces between words: break anywhere rather than overflow.
      wordBreak: true,
      maxLines: options.maxLines ?? 1,
      textOverflow: 'ellipsis',
      textAlign: options.align ?? 'left',
      lineHeight: Math.round(options.size * 1.3),
    },
  };
}

/**
 * A plain panel. Square corners on purpose: shaders such as rounded rectangles
 * exist for WebGL only, and the canvas2d fallback must draw the same screen.
 */
export function panelPatch(w: number, h: number, colour: number) {
  return { w, h, rect: true, color: colour };
}
