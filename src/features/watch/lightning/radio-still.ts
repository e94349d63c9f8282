/**
 * What a radio channel shows: a still card with the station's logo and name,
 * so the screen is never a black rectangle while sound plays. A locked
 * channel (频道锁) shows its name and how to unlock it on the same card.
 */
import { Component, type Element } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import { panelPatch, textPatch } from './text.js';

export class RadioStill extends Component {
  private _theme!: WatchTheme;

  static override _template() {
    return { alpha: 0, Back: {}, Logo: {}, Name: {}, Caption: {} };
  }

  setTheme(theme: WatchTheme): void {
    this._theme = theme;
  }

  show(name: string, caption: string, logo: string | undefined): void {
    const t = this._theme;
    (this.tag('Back') as Element).patch(panelPatch(1920, 1080, 0xff0b0f14));
    (this.tag('Logo') as Element).patch(
      logo ? { x: 960, y: 380, mount: 0.5, w: 300, h: 300, src: logo, alpha: 1 } : { alpha: 0 },
    );
    // Without a logo the words move up, clear of the channel banner below.
    const top = logo ? 600 : 360;
    (this.tag('Name') as Element).patch({
      x: 960,
      y: top,
      mountX: 0.5,
      ...textPatch(t, name, { size: t.size.huge, bold: true }),
    });
    (this.tag('Caption') as Element).patch({
      x: 960,
      y: top + 110,
      mountX: 0.5,
      ...textPatch(t, caption, { size: t.size.body, colour: t.textDim }),
    });
    this.alpha = 1;
  }

  hide(): void {
    this.alpha = 0;
  }
}
