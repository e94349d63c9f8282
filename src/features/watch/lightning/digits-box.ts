/**
 * The channel number being typed, top right, large: the household sees each
 * digit land before the channel changes.
 */
import { Component, type Element } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import { panelPatch, textPatch } from './text.js';

const W = 360;
const H = 150;

export class DigitsBox extends Component {
  private _theme!: WatchTheme;
  private _hideTimer: ReturnType<typeof setTimeout> | undefined;

  static override _template() {
    return { x: 1920 - 96 - W, y: 54, alpha: 0, Back: {}, Label: {} };
  }

  setTheme(theme: WatchTheme): void {
    this._theme = theme;
  }

  /** Show typed digits (kept until cleared) or a message (hidden after a moment). */
  show(text: string, transient = false): void {
    const t = this._theme;
    (this.tag('Back') as Element).patch(panelPatch(W, H, t.panel));
    (this.tag('Label') as Element).patch({
      x: W / 2,
      y: H / 2,
      mount: 0.5,
      ...textPatch(t, text, {
        size: transient ? t.size.small : t.size.huge,
        bold: !transient,
        colour: transient ? t.text : t.accent,
        width: W - 40,
        maxLines: 2,
        align: 'center',
      }),
    });
    this.alpha = text ? 1 : 0;
    clearTimeout(this._hideTimer);
    if (transient) this._hideTimer = setTimeout(() => (this.alpha = 0), 2500);
  }

  override _detach(): void {
    clearTimeout(this._hideTimer);
  }
}
