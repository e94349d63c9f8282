/**
 * The look as CSS custom properties on the document root: the operator's
 * accent, the household's text size and the high-contrast palette. Every
 * component reads these, so one call restyles the whole portal.
 */
import type { Settings } from '../data/settings/settings-store.js';
import { FONT_SCALE } from '../data/settings/settings-store.js';

export function applyTheme(root: HTMLElement, accent: string, settings: Settings): void {
  const s = root.style;
  s.setProperty('--hearth-accent', accent);
  s.setProperty('--hearth-on-accent', readableOn(accent));
  s.setProperty('--hearth-font-scale', String(FONT_SCALE[settings.textSize]));
  if (settings.highContrast) {
    s.setProperty('--hearth-bg', '#000');
    s.setProperty('--hearth-surface', '#000');
    s.setProperty('--hearth-surface-raised', '#000');
    s.setProperty('--hearth-fg', '#fff');
    s.setProperty('--hearth-muted', '#fff');
    s.setProperty('--hearth-border', '#fff');
    s.setProperty('--hearth-focus', '#ffff00');
    s.setProperty('--hearth-focus-width', '8px');
  } else {
    s.setProperty('--hearth-bg', '#12161b');
    s.setProperty('--hearth-surface', '#1f252c');
    s.setProperty('--hearth-surface-raised', '#2a3038');
    s.setProperty('--hearth-fg', '#f4f1ea');
    s.setProperty('--hearth-muted', '#b9b4aa');
    s.setProperty('--hearth-border', 'transparent');
    s.setProperty('--hearth-focus', '#ffffff');
    s.setProperty('--hearth-focus-width', '6px');
  }
  // Not toggleAttribute: Chromium 69+ only, and 2018 TVs run older engines.
  if (settings.highContrast) root.setAttribute('data-high-contrast', '');
  else root.removeAttribute('data-high-contrast');
  root.dataset.textSize = settings.textSize;
}

/** Black or white text, whichever reads better on the accent (WCAG luminance). */
export function readableOn(hex: string): string {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m || !m[1]) return '#111';
  const full = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const channel = (i: number) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance > 0.179 ? '#111' : '#fff';
}
