/**
 * What a radio channel shows: a still card with the station's logo and name,
 * so the screen is never a black rectangle while sound plays. A locked
 * channel (频道锁) shows its name and how to unlock it on the same card.
 */
import { Component } from '@lightningjs/core';
import { child } from './child.js';
import type { WatchTheme } from '../watch-theme.js';
import { STAGE_H, STAGE_W } from './layout.js';
import { panelPatch, textPatch } from './text.js';

/** The card's own dark background, behind the logo and the words. */
const BACKGROUND = 0xff0b0f14;
const CENTRE_X = STAGE_W / 2;
const LOGO_Y = 380;
const LOGO_SIZE = 300;
/** The name's top below a logo, and without one (clear of the channel banner). */
const NAME_Y_WITH_LOGO = 600;
const NAME_Y_ALONE = 360;
/** From the name's top to the caption's. */
const CAPTION_GAP = 110;

interface RadioSpec extends Component.TemplateSpec {
  Back: object;
  Logo: object;
  Name: object;
  Caption: object;
}

export class RadioStill
  extends Component<RadioSpec>
  implements Component.ImplementTemplateSpec<RadioSpec>
{
  private _theme!: WatchTheme;

  static override _template(): Component.Template<RadioSpec> {
    return { alpha: 0, Back: {}, Logo: {}, Name: {}, Caption: {} };
  }

  setTheme(theme: WatchTheme): void {
    this._theme = theme;
  }

  show(name: string, caption: string, logo: string | undefined): void {
    const t = this._theme;
    child(this.tag('Back')).patch(panelPatch(STAGE_W, STAGE_H, BACKGROUND));
    child(this.tag('Logo')).patch(
      logo
        ? { x: CENTRE_X, y: LOGO_Y, mount: 0.5, w: LOGO_SIZE, h: LOGO_SIZE, src: logo, alpha: 1 }
        : { alpha: 0 },
    );
    // Without a logo the words move up, clear of the channel banner below.
    const top = logo ? NAME_Y_WITH_LOGO : NAME_Y_ALONE;
    child(this.tag('Name')).patch({
      x: CENTRE_X,
      y: top,
      mountX: 0.5,
      ...textPatch(t, name, { size: t.size.huge, bold: true }),
    });
    child(this.tag('Caption')).patch({
      x: CENTRE_X,
      y: top + CAPTION_GAP,
      mountX: 0.5,
      ...textPatch(t, caption, { size: t.size.body, colour: t.textDim }),
    });
    this.alpha = 1;
  }

  hide(): void {
    this.alpha = 0;
  }
}
