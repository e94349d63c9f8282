/**
 * The channel banner along the bottom: number, name, what is on now (with its
 * progress) and what comes next. It shows on every zap and on Info, and hides
 * itself after a few seconds. Strings arrive already in the household's
 * language; this component only draws.
 */
import { Component } from '@lightningjs/core';
import { child } from './child.js';
import type { WatchTheme } from '../watch-theme.js';
import { SAFE_W, SAFE_X, SAFE_Y, STAGE_H } from './layout.js';
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

const X = SAFE_X;
const W = SAFE_W;
const H = 230;
const Y = STAGE_H - SAFE_Y - H;
const VISIBLE_MS = 6000;
/** Stage pixels from the bottom to the banner's top (without a warning's strip). */
export const BANNER_CLEARANCE = STAGE_H - Y;
/** The channel number's corner, inside the panel. */
const NUMBER_X = 40;
const NUMBER_Y = 30;
/** Where the name, the programme lines and the progress track start, and their width. */
const TEXT_X = 260;
const TEXT_W = 1420;
const NAME_Y = 36;
const NAME_W = 900;
/** The tags, right-aligned after the name. */
const TAGS_X = 1200;
const TAGS_Y = 46;
const TAGS_W = 480;
const NOW_Y = 104;
const TRACK_Y = 158;
const TRACK_H = 8;
const NEXT_Y = 176;
/** The progress track's unfilled part: white at a quarter. */
const TRACK_COLOUR = 0x40ffffff;

interface BannerSpec extends Component.TemplateSpec {
  Back: object;
  Number: object;
  Name: object;
  Tags: object;
  Now: object;
  Track: { Fill: object };
  Next: object;
}

export class Banner
  extends Component<BannerSpec>
  implements Component.ImplementTemplateSpec<BannerSpec>
{
  private _theme!: WatchTheme;
  private _hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Asked to show and not since hidden: the alpha alone is still above 0 while fading out. */
  private _shown = false;
  /** Told when the banner comes or goes (the screen lifts subtitles above it). */
  onShownChange: (shown: boolean) => void = () => undefined;

  static override _template(): Component.Template<BannerSpec> {
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
    child(this.tag('Back')).patch(panelPatch(W, H, t.panel));
    child(this.tag('Number')).patch({
      x: NUMBER_X,
      y: NUMBER_Y,
      ...textPatch(t, info.number, { size: t.size.huge, colour: t.accent, bold: true }),
    });
    child(this.tag('Name')).patch({
      x: TEXT_X,
      y: NAME_Y,
      ...textPatch(t, info.name, { size: t.size.title, bold: true, width: NAME_W }),
    });
    child(this.tag('Tags')).patch({
      x: TAGS_X,
      y: TAGS_Y,
      ...textPatch(t, info.tags.join(' · '), {
        size: t.size.small,
        colour: t.accent,
        width: TAGS_W,
        align: 'right',
      }),
    });
    child(this.tag('Now')).patch({
      x: TEXT_X,
      y: NOW_Y,
      ...textPatch(t, info.nowLine, { size: t.size.body, width: TEXT_W }),
    });
    child(this.tag('Track')).patch({
      x: TEXT_X,
      y: TRACK_Y,
      ...panelPatch(TEXT_W, TRACK_H, TRACK_COLOUR),
      alpha: info.progress === undefined ? 0 : 1,
      Fill: panelPatch(Math.round(TEXT_W * (info.progress ?? 0)), TRACK_H, t.accent),
    });
    child(this.tag('Next')).patch({
      x: TEXT_X,
      y: NEXT_Y,
      ...textPatch(t, info.nextLine, { size: t.size.small, colour: t.textDim, width: TEXT_W }),
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
