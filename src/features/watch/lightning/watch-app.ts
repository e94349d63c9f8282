/**
 * The Lightning application of the watch area: the picture's overlays (radio
 * still, banner, typed number, channel list, grid and mini guide, notices)
 * and the keys of full-screen live TV. It holds no channel or guide logic: it
 * calls the screen's controller, which owns the player, the channel list and
 * the guide.
 */
import { Application, type Component } from '@lightningjs/core';
import { child } from './child.js';
import type { LogicalKey } from '../../../focus/logical-key.js';
import { HearthLightningPlatform } from '../lightning-platform.js';
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

interface WatchAppSpec extends Application.TemplateSpec {
  Radio: typeof RadioStill;
  Banner: typeof Banner;
  Digits: typeof DigitsBox;
  Guide: typeof GuideGrid;
  List: typeof ChannelListPanel;
  Notice: typeof NoticePanel;
}

export class WatchApp
  extends Application<WatchAppSpec>
  implements Component.ImplementTemplateSpec<WatchAppSpec>
{
  private _mode: Mode = 'live';
  private _modeBeforeNotice: Mode = 'live';
  private _controls!: LiveControls;
  private _unhandled = false;

  static override _template(): Component.Template<WatchAppSpec> {
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
    this.notice.setup(theme, announce, () => this._setMode(this._modeBeforeNotice));
  }

  /** Offer a key; true when something in the application used it. */
  handleKey(key: LogicalKey): boolean {
    this._unhandled = false;
    const platform = this.stage.platform;
    // createWatchApp gives the stage this platform: Lightning types it as its web platform.
    if (!(platform instanceof HearthLightningPlatform))
      throw new TypeError("Not Hearth's platform");
    platform.deliverKey(key, 'down');
    return !this._unhandled;
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
  override _handleBack(): boolean | undefined {
    if (this._controls.undo()) return true;
    this._unhandled = true;
    return true;
  }

  /** Anything nobody took goes back to Hearth's router (Home, Exit, Back at the top…). */
  override _handleKey(event: { key?: string }): boolean {
    const digit = /^Digit(\d)$/.exec(event.key ?? '');
    if (digit && this._mode === 'live') {
      this._controls.digit(Number(digit[1]));
      return true;
    }
    this._unhandled = true;
    return true;
  }

  private _setMode(mode: Mode): void {
    this._mode = mode;
    this._refocus();
  }
}
