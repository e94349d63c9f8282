/**
 * What OK on a programme still to come offers (提醒我, 到时自动切换, 看这个频道,
 * 返回), or, when a reminder is set for it, 取消提醒. The notice panel draws it;
 * the reminder store keeps the choice; the reminder overlay acts on it later.
 */
import { msg, str } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import type { ReminderStore } from '../../data/reminders/programme-reminders.js';
import type { Notice } from './lightning/notice-panel.js';

export interface ReminderNoticeActions {
  reminders: ReminderStore;
  announce: (text: string) => void;
  /** Tune to the channel now. */
  watch: () => void;
  /** A reminder was set or cancelled: redraw what marks it. */
  changed: () => void;
}

export function reminderNotice(
  channel: Channel,
  programme: Programme,
  described: string,
  actions: ReminderNoticeActions,
): Notice {
  const { reminders, announce } = actions;
  const watch = { label: msg('看这个频道', { id: 'watch.watchChannel' }), run: actions.watch };
  const back = { label: msg('返回', { id: 'watch.back' }), run: () => undefined };
  if (reminders.find(channel.key, programme.start)) {
    const cancel = () => {
      reminders.remove({ channelKey: channel.key, start: programme.start });
      announce(msg(str`已取消提醒：${described}`, { id: 'watch.reminderCancelled' }));
      actions.changed();
    };
    return {
      title: msg('已设提醒', { id: 'watch.reminderSetTitle' }),
      body: described,
      choices: [
        { label: msg('取消提醒', { id: 'watch.reminderCancel' }), run: cancel },
        watch,
        back,
      ],
    };
  }
  const set = (autoSwitch: boolean) => {
    reminders.add({
      channelKey: channel.key,
      channelName: channel.name,
      title: programme.title,
      start: programme.start,
      stop: programme.stop,
      autoSwitch,
    });
    announce(
      autoSwitch
        ? msg(str`到时自动切换：${described}`, { id: 'watch.reminderAutoSet' })
        : msg(str`已设提醒：${described}`, { id: 'watch.reminderSet' }),
    );
    actions.changed();
  };
  return {
    title: msg('节目还没开始', { id: 'watch.notStartedTitle' }),
    body: described,
    choices: [
      { label: msg('提醒我', { id: 'watch.remindMe' }), run: () => set(false) },
      { label: msg('到时自动切换', { id: 'watch.autoSwitch' }), run: () => set(true) },
      watch,
      back,
    ],
  };
}
