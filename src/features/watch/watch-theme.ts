/**
 * The watch area's look as a function of the operator's accent and the
 * household's text size, so every Lightning component reads its colours and
 * sizes from one place (as Lightning UI components do with their theme).
 * Colours are ARGB numbers, Lightning's colour format.
 */
export interface WatchTheme {
  accent: number;
  panel: number;
  panelSolid: number;
  cell: number;
  cellPast: number;
  cellNow: number;
  text: number;
  textDim: number;
  focusText: number;
  warning: number;
  fontFace: string;
  /** Font sizes in stage pixels (1920×1080), already scaled by the text size setting. */
  size: { huge: number; title: number; body: number; small: number };
}

export function cssColourToArgb(css: string, alpha = 0xff): number {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim())?.[1];
  if (!hex) return ((alpha << 24) | 0xe8a33d) >>> 0;
  const full =
    hex.length === 3
      ? hex
          .split('')
          .map((c) => c + c)
          .join('')
      : hex;
  return ((alpha << 24) | parseInt(full, 16)) >>> 0;
}

export function watchTheme(accentCss: string, fontScale: number): WatchTheme {
  const size = (px: number) => Math.round(px * fontScale);
  return {
    accent: cssColourToArgb(accentCss),
    panel: 0xe0101419,
    panelSolid: 0xff101419,
    cell: 0xff252b33,
    cellPast: 0xff1b2026,
    cellNow: 0xff2f3945,
    text: 0xffffffff,
    textDim: 0xffb8c0cc,
    focusText: 0xff101419,
    warning: 0xffe5484d,
    // One family list for canvas text; fontconfig finds CJK glyphs on the box.
    fontFace: 'sans-serif',
    size: { huge: size(72), title: size(44), body: size(34), small: size(28) },
  };
}
