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

export function textPatch(theme: WatchTheme, value: string, options: TextOptions) {
  return {
    text: {
      text: value,
      fontFace: theme.fontFace,
      fontSize: options.size,
      fontStyle: options.bold ? 'bold' : 'normal',
      textColor: options.colour ?? theme.text,
      wordWrapWidth: options.width ?? 0,
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
