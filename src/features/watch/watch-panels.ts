/**
 * Live TV's panels, as the controller offers them: the channel list and the
 * programme grid (with the rows the grid is fixed on while open), OK on a
 * programme, and Yellow's 我的收藏 over the picture. It builds the PanelHost
 * that panel-actions.ts is given, so watch-controller.ts keeps to what plays
 * and what is said.
 */
import type { Programme } from '../../data/guide/guide-types.js';
import type { ReminderStore } from '../../data/reminders/programme-reminders.js';
import { recentChannels } from './channel-memory.js';
import { listEditing, toggleInList } from './channel-options.js';
import { gridNotShownNotice } from './guide-notices.js';
import type { GuideModel } from './guide-model.js';
import type { ChannelListActions } from './lightning/channel-list-panel.js';
import type { GuideGridActions } from './lightning/guide-grid.js';
import type { Notice } from './lightning/notice-panel.js';
import { FIRST_LIST, gridChannels, type MyChannels } from './my-channels.js';
import {
  actOnProgramme,
  channelListActions,
  guideGridActions,
  type PanelHost,
} from './panel-actions.js';
import type { WatchControllerOptions } from './watch-controller.js';

/** What the panels need of the controller, beside its options. */
export interface PanelsControl {
  view: GuideModel;
  now: () => number;
  mine: MyChannels;
  reminders: ReminderStore;
  current: () => number;
  tune: (index: number) => void;
  replay: (index: number, programme: Programme, url: string) => void;
  isLocked: (index: number) => boolean;
  showNotice: (notice: Notice) => void;
  /** The banner, when shown, draws again (a list's edit may change its tags). */
  bannerChanged: () => void;
}

export class WatchPanels {
  /** The grid's rows as channel indices, fixed while it is open (gridChannels). */
  private _gridRows: readonly number[];

  constructor(
    private readonly _o: WatchControllerOptions,
    private readonly _c: PanelsControl,
  ) {
    this._gridRows = gridChannels(_o.list.channels, (key) => _c.mine.isHidden(key), 0);
  }

  /** Yellow over the picture: the channel on into 我的收藏, or out of it. */
  toggleFavourite(): void {
    const channels = this._o.list.channels;
    const [channel, list] = [channels[this._c.current()], this._c.mine.list(FIRST_LIST)];
    if (channel && list) toggleInList(this._host(), list, channel);
  }

  /** What the channel list panel may ask and do. */
  listActions(): ChannelListActions {
    return channelListActions(this._host());
  }

  /** What the programme grid may ask and do. */
  guideActions(): GuideGridActions {
    return guideGridActions(this._host());
  }

  /** OK on a programme (in the grid, or found by 搜索节目): tune, remind or replay. */
  actOn(index: number, programme: Programme | undefined): void {
    actOnProgramme(this._host(), index, programme);
  }

  /** Whether the household asked to be reminded of this programme (the grid marks it). */
  hasReminder(index: number, programme: Programme): boolean {
    const key = this._o.list.channels[index]?.key;
    return key !== undefined && this._c.reminders.find(key, programme.start) !== undefined;
  }

  /** The grid, on the channel on, over the lower part of the picture (mini) or all of it. */
  openGuide(mini: boolean): void {
    const index = this._c.current();
    this._gridRows = gridChannels(
      this._o.list.channels,
      (key) => this._c.mine.isHidden(key),
      index,
    );
    this._o.app.openGuide(Math.max(0, this._gridRows.indexOf(index)), mini);
  }

  private _host(): PanelHost {
    const app = this._o.app;
    const c = this._c;
    return {
      channels: this._o.list.channels,
      view: c.view,
      now: c.now,
      current: c.current,
      kept: () => ({ mine: c.mine, recent: recentChannels() }),
      mine: c.mine,
      gridRows: () => this._gridRows,
      ...listEditing(app, this._o.askForName, c.bannerChanged),
      tune: c.tune,
      hasReminder: (index, programme) => this.hasReminder(index, programme),
      isLocked: c.isLocked,
      askForPin: () => this._o.askForPin?.(),
      reminders: c.reminders,
      replay: c.replay,
      showNotice: c.showNotice,
      guideChanged: () => app.guide.refresh(),
      openGuide: () => this.openGuide(false),
      openSearch: () => {
        app.closeOverlays();
        this._o.openSearch?.();
      },
      close: () => app.closeOverlays(),
      announce: (text) => this._o.announce(text),
      // The grid gave up (see GridWatchdog): live TV comes back, with the reason.
      cannotShow: () => {
        console.warn('[hearth:guide] the grid was not ready in time; back to live TV');
        app.closeOverlays();
        c.showNotice(gridNotShownNotice());
      },
    };
  }
}
