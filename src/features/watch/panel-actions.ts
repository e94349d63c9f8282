/**
 * What the two Lightning panels may ask and do: the channel list (groups, rows,
 * tune, favourite lists and their options) and the programme grid (rows of
 * programmes, their words, OK on one). Both ask the one GuideModel, so a locked
 * channel's programmes are hidden in each alike; what they do goes back to the
 * controller. The grid's rows are the channels not hidden (gridChannels in
 * my-channels.ts), so a row number is turned into a channel index here.
 */
import { msg, str } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import {
  NEW_LIST_GROUP,
  channelGroups,
  channelRows,
  emptyGroupText,
  listOfGroup,
  type KeptChannels,
} from './channel-groups.js';
import {
  channelOptions,
  groupOptions,
  movingWords,
  newList,
  toggleInList,
  type OptionsHost,
} from './channel-options.js';
import { FIRST_LIST } from './my-channels.js';
import type { GuideModel } from './guide-model.js';
import { SEARCH_GROUP, type ChannelListActions } from './lightning/channel-list-panel.js';
import type { GuideGridActions } from './lightning/guide-grid.js';
import type { Notice } from './lightning/notice-panel.js';
import type { ReminderStore } from '../../data/reminders/programme-reminders.js';
import { noReplayNotice } from './guide-notices.js';
import { reminderNotice } from './reminder-notice.js';

/** The controller, as the panels see it. */
export interface PanelHost extends OptionsHost {
  channels: readonly Channel[];
  view: GuideModel;
  now: () => number;
  current: () => number;
  kept: () => KeptChannels;
  /** The channel index of each row of the grid (the channels not hidden). */
  gridRows: () => readonly number[];
  tune: (index: number) => void;
  hasReminder: (index: number, programme: Programme) => boolean;
  /** The channel's own lock or its group's (a rated programme is the view's ratedLocked). */
  isLocked: (index: number) => boolean;
  /** OK on a programme locked by its rating: the screen asks for the household PIN. */
  askForPin: () => void;
  reminders: ReminderStore;
  replay: (index: number, programme: Programme, url: string) => void;
  showNotice: (notice: Notice) => void;
  /** A reminder was set or cancelled: the grid redraws its marks. */
  guideChanged: () => void;
  openGuide: () => void;
  openSearch: () => void;
  close: () => void;
  announce: (text: string) => void;
  /** The grid gave up waiting for the guide (see GridWatchdog). */
  cannotShow: () => void;
}

export function channelListActions(host: PanelHost): ChannelListActions {
  const groups = () => channelGroups(host.channels, host.mine);
  return {
    groups,
    rows: (group) => {
      const now = host.now();
      const onNow = (index: number) => host.view.nowNext(index, now)?.now?.title ?? '';
      return channelRows(host.channels, group, host.kept(), onNow);
    },
    current: host.current,
    tune: host.tune,
    open: (group) => {
      if (group === SEARCH_GROUP) host.openSearch();
      else if (group === NEW_LIST_GROUP) newList(host);
      else host.openGuide();
    },
    toggleFavourite: (index, group) => {
      const list = host.mine.list(listOfGroup(group) ?? FIRST_LIST);
      const channel = host.channels[index];
      if (list && channel) toggleInList(host, list, channel);
    },
    options: (group, index) => {
      if (index !== undefined) channelOptions(host, group, index);
      else groupOptions(host, group, groups().find((g) => g.id === group)?.label ?? '');
    },
    reorder: (group, indices) => {
      const listId = listOfGroup(group);
      const keys = indices.map((index) => host.channels[index]?.key ?? '');
      if (listId) host.mine.reorder(listId, keys);
    },
    movingWords,
    close: host.close,
    announce: host.announce,
    emptyText: (group) => emptyGroupText(group),
  };
}

export function guideGridActions(host: PanelHost): GuideGridActions {
  const view = host.view;
  // The grid counts rows; everything else counts channels in the playlist.
  const at = (row: number) => host.gridRows()[row] ?? -1;
  return {
    channelCount: () => host.gridRows().length,
    channelLabel: (row) => view.channelLabel(at(row)),
    programmes: (row, from, to) => view.programmes(at(row), from, to),
    canCatchup: (row, programme) => view.canCatchup(at(row), programme),
    hasReminder: (row, programme) => host.hasReminder(at(row), programme),
    describe: (row, programme, loading) => {
      const described = view.describe(at(row), programme, loading);
      return programme && host.hasReminder(at(row), programme)
        ? msg(str`${described}，已设提醒`, { id: 'watch.withReminder' })
        : described;
    },
    clock: (ms) => view.clock(ms),
    days: () => view.days(),
    now: host.now,
    act: (row, programme) => actOnProgramme(host, at(row), programme),
    close: host.close,
    announce: host.announce,
    texts: () => view.texts(),
    guideLoading: () => view.state === 'loading',
    guideAnswers: () => view.answers(),
    cannotShow: host.cannotShow,
  };
}

/**
 * OK on a programme in the grid (or found by 搜索节目): one on now (or none) tunes; one still to come
 * offers a reminder; a past one replays where the channel's catch-up reaches.
 * A locked channel offers none of its programmes: tuning shows its lock screen.
 */
export function actOnProgramme(
  host: PanelHost,
  index: number,
  programme: Programme | undefined,
): void {
  const now = host.now();
  if (host.isLocked(index) || !programme || (programme.start <= now && programme.stop > now)) {
    host.tune(index);
    return;
  }
  // Past or to come, rated for the household's locked age: the PIN first, then OK again.
  if (host.view.ratedLocked(programme)) {
    host.askForPin();
    return;
  }
  if (programme.start > now) {
    const channel = host.channels[index];
    if (!channel) return;
    const described = host.view.describe(index, programme);
    host.showNotice(
      reminderNotice(channel, programme, described, {
        reminders: host.reminders,
        announce: host.announce,
        watch: () => host.tune(index),
        changed: host.guideChanged,
      }),
    );
    return;
  }
  const url = host.view.catchupUrl(index, programme);
  if (url) host.replay(index, programme, url);
  else host.showNotice(noReplayNotice());
}
