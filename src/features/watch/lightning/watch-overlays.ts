/**
 * Live TV's overlays as one Lightning component: the picture's radio still,
 * banner, typed number, channel list, grid and mini guide and notices, and the
 * keys of full-screen live TV. It holds no channel or guide logic: it calls the
 * controller, which owns the player, the channel list and the guide.
 *
 * Two hosts put it on a stage: the portal's WatchApp (watch-app.ts), and the
 * Lightning SDK app (src/lightning-app/), whose SDK Application sits above it.
 * A key the overlays leave (Back with nothing to undo, Home, Exit…) returns
 * false, so it bubbles to that host: the portal's router, or the SDK's
 * `platformSettings.onClose`.
 */
import { Component } from '@lightningjs/core';
import { child } from './child.js';
import type { WatchTheme } from '../watch-theme.js';
import { Banner } from './banner.js';
import { ChannelListPanel, type ChannelListActions } from './channel-list-panel.js';
import { DigitsBox } from './digits-box.js';
import { GuideGrid, type GuideGridActions } from './guide-grid.js';
import { STAGE_H, STAGE_W } from './layout.js';
import { NoticePanel, type Notice } from './notice-panel.js';
import { RadioStill } from './radio-still.js';
import type { ShiftAction } from '../time-shift.js';

export interface LiveControls {
  zap(delta: 1 | -1): void;
  lastChannel(): void;
  digit(digit: number): void;
  /** OK while typing a number: choose now. False when nothing was typed. */
  commitDigits(): boolean;
  /** Back while typing or watching catch-up: undo that. False when there was nothing to undo. */
  undo(): boolean;
  info(): void;
  miniGuide(): void;
  fullGuide(): void;
  toggleFavourite(): void;
  /** OK on a locked channel: ask for the PIN. False when the channel on is not locked. */
  askToUnlock(): boolean;
  /** Green: the next sound track ('audio'); Blue: the next subtitles, then none. */
  nextTrack(kind: 'audio' | 'subtitles'): void;
  /** Pause, Play, Play/Pause, Fast-forward (back to live). */
  timeShift(action: ShiftAction): void;
}

type Mode = 'live' | 'list' | 'guide' | 'notice';

interface WatchOverlaysSpec extends Component.TemplateSpec {
  Radio: typeof RadioStill;
  Banner: typeof Banner;
  Digits: typeof DigitsBox;
  Guide: typeof GuideGrid;
  List: typeof ChannelListPanel;
  Notice: typeof NoticePanel;
}

export class WatchOverlays
  extends Component<WatchOverlaysSpec>
  implements Component.ImplementTemplateSpec<WatchOverlaysSpec>
{
  private _mode: Mode = 'live';
  private _modeBeforeNotice: Mode = 'live';
  private _controls!: LiveControls;

  static override _template(): Component.Template<WatchOverlaysSpec> {
    return {
      w: STAGE_W,
      h: STAGE_H,
      Radio: { type: RadioStill },
      Banner: { type: Banner },
      Digits: { type: DigitsBox },
      Guide: { type: GuideGrid },
      List: { type: ChannelListPanel },
      Notice: { type: NoticePanel },
    };
  }

  get banner(): Banner {
    return child(this.tag('Banner'));
  }
  get digits(): DigitsBox {
    return child(this.tag('Digits'));
  }
  get radio(): RadioStill {
    return child(this.tag('Radio'));
  }
  get list(): ChannelListPanel {
    return child(this.tag('List'));
  }
  get guide(): GuideGrid {
    return child(this.tag('Guide'));
  }
  get notice(): NoticePanel {
    return child(this.tag('Notice'));
  }

  get mode(): Mode {
    return this._mode;
  }

  setup(
    theme: WatchTheme,
    controls: LiveControls,
    list: ChannelListActions,
    guide: GuideGridActions,
    announce: (text: string) => void,
  ): void {
    this._controls = controls;
    this.banner.setTheme(theme);
    this.digits.setTheme(theme);
    this.radio.setTheme(theme);
    this.list.setup(theme, list);
    this.guide.setup(theme, guide);
    this.setupNotices(theme, announce);
  }

  /** Only the notices: for a host that must show a problem before live TV can start. */
  setupNotices(theme: WatchTheme, announce: (text: string) => void): void {
    this.notice.setup(theme, announce, () => this._setMode(this._modeBeforeNotice));
  }

  /** The channel list; on `groupId` (focused on the group itself) when given. */
  openList(groupId?: string): void {
    // The banner would show through the list's translucent panel.
    this.banner.hide();
    this.guide.close();
    this.list.open(groupId, groupId !== undefined);
    this._setMode('list');
  }

  openGuide(channel: number, mini: boolean): void {
    this.list.close();
    this.banner.hide();
    this.guide.open(channel, mini);
    this._setMode('guide');
  }

  closeOverlays(): void {
    this.list.close();
    this.guide.close();
    this._setMode('live');
  }

  showNotice(notice: Notice): void {
    if (this._mode !== 'notice') this._modeBeforeNotice = this._mode;
    this.notice.open(notice);
    this._setMode('notice');
  }

  override _getFocused(): Component | undefined {
    if (this._mode === 'list') return this.list;
    if (this._mode === 'guide') return this.guide;
    if (this._mode === 'notice') return this.notice;
    return undefined;
  }

  _handleChannelUp(): boolean {
    this._controls.zap(1);
    return true;
  }
  _handleChannelDown(): boolean {
    this._controls.zap(-1);
    return true;
  }
  override _handleUp(): boolean {
    this._controls.zap(1);
    return true;
  }
  override _handleDown(): boolean {
    this._controls.zap(-1);
    return true;
  }
  override _handleLeft(): boolean {
    this._controls.lastChannel();
    return true;
  }
  override _handleRight(): boolean {
    this._controls.miniGuide();
    return true;
  }
  _handleOk(): boolean {
    if (!this._controls.commitDigits() && !this._controls.askToUnlock()) this.openList();
    return true;
  }
  _handleGuide(): boolean {
    this._controls.fullGuide();
    return true;
  }
  _handleInfo(): boolean {
    this._controls.info();
    return true;
  }
  _handleYellow(): boolean {
    this._controls.toggleFavourite();
    return true;
  }
  _handleGreen(): boolean {
    this._controls.nextTrack('audio');
    return true;
  }
  _handleBlue(): boolean {
    this._controls.nextTrack('subtitles');
    return true;
  }
  _handlePlayPause(): boolean {
    this._controls.timeShift('toggle');
    return true;
  }
  _handlePause(): boolean {
    this._controls.timeShift('pause');
    return true;
  }
  _handlePlay(): boolean {
    this._controls.timeShift('play');
    return true;
  }
  _handleFastForward(): boolean {
    this._controls.timeShift('live');
    return true;
  }
  /** Back undoes typing or catch-up; with nothing to undo it goes on to the host. */
  override _handleBack(): boolean {
    return this._controls.undo();
  }

  /**
   * A digit while watching: Hearth's platform names it `Digit7`, a remote's own
   * event (the SDK's key handling) says `7`. Anything else goes on to the host.
   */
  override _handleKey(event: { key?: string }): boolean {
    const digit = /^(?:Digit)?(\d)$/.exec(event.key ?? '');
    if (!digit || this._mode !== 'live') return false;
    this._controls.digit(Number(digit[1]));
    return true;
  }

  private _setMode(mode: Mode): void {
    this._mode = mode;
    this._refocus();
  }
}
