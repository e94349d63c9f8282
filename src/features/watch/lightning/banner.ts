/**
 * The channel banner along the bottom: number, name, what is on now (with its
 * progress) and what comes next. It shows on every zap and on Info, and hides
 * itself after a few seconds. Strings arrive already in the household's
 * language; this component only draws.
 */
import { Component, type Element } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import { panelPatch, textPatch } from './text.js';

export interface BannerInfo {
  number: string;
  name: string;
  /** "19:00–19:30 新闻联播", or a line saying the guide has nothing. */
  nowLine: string;
  /** 0…1, or undefined when nothing is known to be on. */
  progress?: number;
  nextLine: string;
  /** "回看", "广播", "收藏"…: short tags after the name. */
  tags: string[];
}

const X = 96;
const W = 1728;
const H = 230;
const Y = 1080 - 54 - H;
const VISIBLE_MS = 6000;
/** Stage pixels from the bottom to the banner's top (without a warning's strip). */
export const BANNER_CLEARANCE = 1080 - Y;

export class Banner extends Component {
  private _theme!: WatchTheme;
  private _hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Asked to show and not since hidden: the alpha alone is still above 0 while fading out. */
  private _shown = false;
  /** Told when the banner comes or goes (the screen lifts subtitles above it). */
  onShownChange: (shown: boolean) => void = () => undefined;

  static override _template() {
    return {
      x: X,
      y: Y,
      alpha: 0,
      Back: {},
      Number: {},
      Name: {},
      Tags: {},
      Now: {},
      Track: {},
      Next: {},
    };
  }

  setTheme(theme: WatchTheme): void {
    this._theme = theme;
  }

  show(info: BannerInfo, sticky = false): void {
    const t = this._theme;
    const el = (name: string) => this.tag(name) as Element;
    el('Back').patch(panelPatch(W, H, t.panel));
    el('Number').patch({
      x: 40,
      y: 30,
      ...textPatch(t, info.number, { size: t.size.huge, colour: t.accent, bold: true }),
    });
    el('Name').patch({
      x: 260,
      y: 36,
      ...textPatch(t, info.name, { size: t.size.title, bold: true, width: 900 }),
    });
    el('Tags').patch({
      x: 1200,
      y: 46,
      ...textPatch(t, info.tags.join(' · '), {
        size: t.size.small,
        colour: t.accent,
        width: 480,
        align: 'right',
      }),
    });
    el('Now').patch({
      x: 260,
      y: 104,
      ...textPatch(t, info.nowLine, { size: t.size.body, width: 1420 }),
    });
    const track = el('Track');
    track.patch({
      x: 260,
      y: 158,
      ...panelPatch(1420, 8, 0x40ffffff),
      alpha: info.progress === undefined ? 0 : 1,
      Fill: panelPatch(Math.round(1420 * (info.progress ?? 0)), 8, t.accent),
    });
    el('Next').patch({
      x: 260,
      y: 176,
      ...textPatch(t, info.nextLine, { size: t.size.small, colour: t.textDim, width: 1420 }),
    });
    if (!this._shown) this.onShownChange(true);
    this._shown = true;
    this.setSmooth('alpha', 1, { duration: 0.15 });
    clearTimeout(this._hideTimer);
    if (!sticky) this._hideTimer = setTimeout(() => this.hide(), VISIBLE_MS);
  }

  hide(): void {
    if (this._shown) this.onShownChange(false);
    this._shown = false;
    clearTimeout(this._hideTimer);
    this.setSmooth('alpha', 0, { duration: 0.3 });
  }

  /**
   * Stage pixels kept free along the bottom (a warning's strip, see alert-overlay.ts):
   * the banner sits above them, so the programme's progress and what comes next are
   * not hidden under the warning.
   */
  setBottomSpace(px: number): void {
    this.patch({ y: Y - px });
  }

  /** A redraw while the banner fades out must not bring it back over the guide. */
  get isShown(): boolean {
    return this._shown;
  }

  override _detach(): void {
    clearTimeout(this._hideTimer);
  }
}
