/**
 * Live TV on a stage that is already up: the controller over the overlays and
 * the player, the guide read in its worker and cached for the panels, the
 * reminders following a new guide, and the banner's minute tick. Both hosts
 * start it the same way once the channel list is read: the portal's
 * <hearth-watch> (watch-screen.ts) and the Lightning SDK app
 * (src/lightning-app/).
 */
import type { ChannelList } from '../../data/channels/channel-types.js';
import { guideCappedNotice, listCappedNotice, type CappedNotice } from './capped-notice.js';
import { GuideCache } from './guide-cache.js';
import { startGuide, type GuideSession } from './guide-session.js';
import type { WatchOverlays } from './lightning/watch-overlays.js';
import type { LivePlayer } from './live-player.js';
import { followRemindersAndTell } from './reminders-follow-guide.js';
import { WatchController, type WatchControllerOptions } from './watch-controller.js';
import type { WatchTheme } from './watch-theme.js';

/** What the host shows over the picture itself (the portal's DOM dialogs). */
export type SessionDialogs = Pick<WatchControllerOptions, 'openSearch' | 'askForName'> & {
  /** OK on a locked channel: ask for the household PIN, then call `controller.unlocked()`. */
  askForPin?: (channelName: string) => void;
};

export interface LiveTvSessionOptions {
  overlays: WatchOverlays;
  player: LivePlayer;
  list: ChannelList;
  /** The operator's guide, or the playlist's own; none leaves the channels without programmes. */
  guideUrl: string | undefined;
  theme: WatchTheme;
  timeZone: string;
  locale: string;
  announce: (text: string, urgent?: boolean) => void;
  dialogs?: SessionDialogs;
}

/** The banner's now/next and the grid's "now" line move on this often. */
const MINUTE_TICK_MS = 30_000;

export class LiveTvSession {
  readonly controller: WatchController;
  private readonly _guide: GuideSession | null;
  private readonly _minuteTimer: ReturnType<typeof setInterval>;

  constructor(o: LiveTvSessionOptions) {
    const cache = new GuideCache({
      programmes: (ids, from, to) =>
        this._guide?.query.programmes(ids, from, to) ?? Promise.resolve(new Map()),
    });
    const dialogs = o.dialogs ?? {};
    const controller = new WatchController({
      app: o.overlays,
      player: o.player,
      list: o.list,
      guide: cache,
      timeZone: o.timeZone,
      locale: o.locale,
      announce: o.announce,
      askForPin: dialogs.askForPin
        ? () => dialogs.askForPin?.(o.list.channels[controller.currentIndex]?.name ?? '')
        : undefined,
      searchGuide: (request) => this._guide?.search(request) ?? Promise.resolve([]),
      openSearch: dialogs.openSearch,
      askForName: dialogs.askForName,
    });
    this.controller = controller;
    const guideReady = (matches: Map<string, string>) => {
      controller.setGuide('ready', matches);
      // A new guide may have moved or dropped reminded programmes: follow it, say what went.
      const query = this._guide?.query;
      const screen = {
        inform: (notice: CappedNotice) => {
          if (!this._disposed) controller.inform(notice);
        },
      };
      if (query) void followRemindersAndTell(o.list.channels, matches, query, screen);
    };
    this._guide = o.guideUrl
      ? startGuide(
          o.guideUrl,
          o.list,
          (matches) => {
            cache.clear();
            guideReady(matches);
          },
          () => controller.inform(guideCappedNotice()),
        )
      : null;
    o.overlays.setup(
      o.theme,
      controller,
      controller.listActions(),
      controller.guideActions(),
      o.announce,
    );
    cache.addEventListener('change', () => controller.refresh());
    controller.start();
    if (o.list.capped) controller.inform(listCappedNotice(o.list.channels.length));
    this._minuteTimer = setInterval(() => controller.refresh(), MINUTE_TICK_MS);
    if (!this._guide) controller.setGuide('missing');
    this._guide?.ready.then(guideReady, (error: unknown) => {
      console.warn('[hearth:watch] guide', error);
      if (!this._disposed) controller.setGuide('failed');
    });
  }

  private _disposed = false;

  dispose(): void {
    this._disposed = true;
    clearInterval(this._minuteTimer);
    this._guide?.dispose();
    this.controller.dispose();
  }
}
