/**
 * The channel number being typed, top right, large: the household sees each
 * digit land before the channel changes.
 */
import { Component } from '@lightningjs/core';
import { child } from './child.js';
import type { WatchTheme } from '../watch-theme.js';
import { SAFE_X, SAFE_Y, STAGE_W } from './layout.js';
import { panelPatch, textPatch } from './text.js';

const W = 360;
const H = 150;
/** The label's side padding, twice. */
const LABEL_INSET = 40;
const MESSAGE_MS = 2500;

interface DigitsSpec extends Component.TemplateSpec {
  Back: object;
  Label: object;
}

export class DigitsBox
  extends Component<DigitsSpec>
  implements Component.ImplementTemplateSpec<DigitsSpec>
{
  private _theme!: WatchTheme;
  private _hideTimer: ReturnType<typeof setTimeout> | undefined;

  static override _template(): Component.Template<DigitsSpec> {
    return { x: STAGE_W - SAFE_X - W, y: SAFE_Y, alpha: 0, Back: {}, Label: {} };
  }

  setTheme(theme: WatchTheme): void {
    this._theme = theme;
  }

  /** Show typed digits (kept until cleared) or a message (hidden after a moment). */
  show(text: string, transient = false): void {
    const t = this._theme;
    child(this.tag('Back')).patch(panelPatch(W, H, t.panel));
    child(this.tag('Label')).patch({
      x: W / 2,
      y: H / 2,
      mount: 0.5,
      ...textPatch(t, text, {
        size: transient ? t.size.small : t.size.huge,
        bold: !transient,
        colour: transient ? t.text : t.accent,
        width: W - LABEL_INSET,
        maxLines: 2,
        align: 'center',
      }),
    });
    this.alpha = text ? 1 : 0;
    clearTimeout(this._hideTimer);
    if (transient) this._hideTimer = setTimeout(() => (this.alpha = 0), MESSAGE_MS);
  }

  override _detach(): void {
    clearTimeout(this._hideTimer);
  }
}
