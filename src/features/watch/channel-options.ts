/**
 * Menu (or Red) in the channel list: what the household can do with the
 * channel or the group focused, as a notice of choices over the picture.
 *
 * - A channel in a favourite list: 移动位置 (pick it up, Up/Down, OK), 移出
 *   the list, 隐藏频道.
 * - A channel elsewhere: 加入收藏 (to the one list, or a choice of lists),
 *   隐藏频道; in 已隐藏的频道: 取消隐藏.
 * - A favourite list: 重命名, 删除列表 (not 我的收藏), 恢复运营商的频道表.
 * - Any other group: 恢复运营商的频道表.
 * - 新建收藏列表 (a group that opens): a name typed on the keyboard.
 *
 * Back closes any of them and changes nothing.
 */
import { msg, str } from '@lit/localize';
import type { Channel } from '../../data/channels/channel-types.js';
import { HIDDEN_GROUP, listGroup, listName, listOfGroup, ALL_GROUP } from './channel-groups.js';
import type { MoveState } from './lightning/channel-list-panel.js';
import type { WatchOverlays } from './lightning/watch-overlays.js';
import type { Notice, NoticeChoice } from './lightning/notice-panel.js';
import { FIRST_LIST, type FavouriteList, type MyChannels } from './my-channels.js';

export interface OptionsHost {
  channels: readonly Channel[];
  mine: MyChannels;
  showNotice(notice: Notice): void;
  announce(text: string): void;
  /** The household's lists changed: redraw the channel list and the banner. */
  changed(): void;
  /** Pick up the channel focused in the list shown (channel-list-panel startMove). */
  startMove(): void;
  /** Ask for a list's name on the on-screen keyboard; `done` gets what was typed. */
  askForName(current: string, done: (name: string) => void): void;
  /** Open the channel list on this group, focused on the group itself. */
  showGroup(groupId: string): void;
}

/** How the options reach the channel list and the naming dialog. */
export function listEditing(
  app: Pick<WatchOverlays, 'list' | 'openList' | 'closeOverlays'>,
  askForName: OptionsHost['askForName'] | undefined,
  bannerChanged: () => void,
): Pick<OptionsHost, 'changed' | 'startMove' | 'askForName' | 'showGroup'> {
  return {
    changed: () => {
      app.list.refresh();
      bannerChanged();
    },
    startMove: () => app.list.startMove(),
    askForName: (current, done) => {
      // The keyboard is a DOM dialog over the canvas: the list closes under it.
      app.closeOverlays();
      askForName?.(current, done);
    },
    showGroup: (groupId) => app.openList(groupId),
  };
}

const back = (): NoticeChoice => ({
  label: msg('返回', { id: 'watch.back' }),
  run: () => undefined,
});

/** Yellow, or 加入收藏: the channel goes into the list or out of it. */
export function toggleInList(host: OptionsHost, list: FavouriteList, channel: Channel): void {
  const added = host.mine.toggle(list.id, channel.key);
  const name = listName(list);
  host.announce(
    added
      ? msg(str`已把 ${channel.name} 加入${name}`, { id: 'watch.favouriteAdded' })
      : msg(str`已把 ${channel.name} 移出${name}`, { id: 'watch.favouriteRemoved' }),
  );
  host.changed();
}

/** Menu on a channel row of `groupId`. */
export function channelOptions(host: OptionsHost, groupId: string, index: number): void {
  const channel = host.channels[index];
  if (!channel) return;
  const mine = host.mine;
  const hide = (hidden: boolean): NoticeChoice => ({
    label: hidden
      ? msg('隐藏频道', { id: 'watch.hideChannel' })
      : msg('取消隐藏', { id: 'watch.showChannel' }),
    run: () => {
      mine.setHidden(channel.key, hidden);
      host.announce(
        hidden
          ? msg(str`已隐藏 ${channel.name}。换台时跳过它，在“已隐藏的频道”里可以找回。`, {
              id: 'watch.channelHidden',
            })
          : msg(str`${channel.name} 不再隐藏`, { id: 'watch.channelShown' }),
      );
      host.changed();
    },
  });
  const list = mine.list(listOfGroup(groupId) ?? '');
  let choices: NoticeChoice[];
  if (list) {
    choices = [
      { label: msg('移动位置', { id: 'watch.moveChannel' }), run: () => host.startMove() },
      {
        label: msg(str`移出${listName(list)}`, { id: 'watch.removeFromList' }),
        run: () => toggleInList(host, list, channel),
      },
      hide(true),
      back(),
    ];
  } else if (groupId === HIDDEN_GROUP || mine.isHidden(channel.key)) {
    choices = [hide(false), back()];
  } else {
    const add: NoticeChoice =
      mine.lists.length === 1 && mine.lists[0]
        ? {
            label: mine.isFavourite(channel.key)
              ? msg(str`移出${listName(mine.lists[0])}`, { id: 'watch.removeFromList' })
              : msg(str`加入${listName(mine.lists[0])}`, { id: 'watch.addToList' }),
            run: () => toggleInList(host, mine.lists[0] as FavouriteList, channel),
          }
        : {
            label: msg('加入收藏…', { id: 'watch.addToLists' }),
            run: () => host.showNotice(chooseList(host, channel)),
          };
    choices = [add, hide(true), back()];
  }
  host.showNotice({ title: channel.name, body: '', choices });
}

/** 加入收藏… with several lists: each list, saying where the channel already is. */
function chooseList(host: OptionsHost, channel: Channel): Notice {
  return {
    title: msg(str`把 ${channel.name} 加入哪个收藏列表？`, { id: 'watch.chooseList' }),
    body: msg('已在的列表再选一次就移出。返回键不做改变。', { id: 'watch.chooseListBody' }),
    choices: host.mine.lists.map((list) => ({
      label: list.keys.includes(channel.key)
        ? msg(str`${listName(list)}（已在）`, { id: 'watch.inList' })
        : listName(list),
      run: () => toggleInList(host, list, channel),
    })),
  };
}

/** Menu on a group (the left column). */
export function groupOptions(host: OptionsHost, groupId: string, label: string): void {
  const list = host.mine.list(listOfGroup(groupId) ?? '');
  const restore: NoticeChoice = {
    label: msg('恢复运营商的频道表', { id: 'watch.restoreOrder' }),
    run: () => host.showNotice(confirmRestore(host)),
  };
  if (!list) {
    host.showNotice({ title: label, body: '', choices: [restore, back()] });
    return;
  }
  const rename: NoticeChoice = {
    label: msg('重命名', { id: 'watch.renameList' }),
    run: () =>
      host.askForName(listName(list), (name) => {
        host.mine.rename(list.id, name);
        host.showGroup(groupId);
        host.announce(msg(str`收藏列表已改名为 ${name}`, { id: 'watch.listRenamed' }));
      }),
  };
  const remove: NoticeChoice = {
    label: msg('删除列表', { id: 'watch.removeList' }),
    run: () => host.showNotice(confirmRemove(host, list)),
  };
  const choices =
    list.id === FIRST_LIST ? [rename, restore, back()] : [rename, remove, restore, back()];
  host.showNotice({ title: label, body: '', choices });
}

function confirmRemove(host: OptionsHost, list: FavouriteList): Notice {
  const name = listName(list);
  return {
    title: msg(str`删除收藏列表“${name}”？`, { id: 'watch.removeListTitle' }),
    body: msg('频道不会删除，只是不再有这个列表。', { id: 'watch.removeListBody' }),
    choices: [
      {
        label: msg('删除', { id: 'watch.remove' }),
        run: () => {
          host.mine.removeList(list.id);
          host.showGroup(listGroup(FIRST_LIST));
          host.announce(msg(str`已删除收藏列表 ${name}`, { id: 'watch.listRemoved' }));
        },
      },
      back(),
    ],
  };
}

function confirmRestore(host: OptionsHost): Notice {
  return {
    title: msg('恢复运营商的频道表？', { id: 'watch.restoreTitle' }),
    body: msg('隐藏的频道重新显示，收藏列表按运营商的顺序排列。收藏的频道都还在。', {
      id: 'watch.restoreBody',
    }),
    choices: [
      {
        label: msg('恢复', { id: 'watch.restore' }),
        run: () => {
          host.mine.restoreOperatorOrder(host.channels);
          host.showGroup(ALL_GROUP);
          host.announce(msg('已恢复运营商的频道表', { id: 'watch.restored' }));
        },
      },
      back(),
    ],
  };
}

/** OK on 新建收藏列表: a name, then the new (empty) list is shown. */
export function newList(host: OptionsHost): void {
  host.askForName('', (name) => {
    const list = host.mine.addList(name);
    if (!list) return;
    host.showGroup(listGroup(list.id));
    host.announce(
      msg(str`已新建收藏列表 ${name}。在频道上按菜单键，可以加入这个列表。`, {
        id: 'watch.listAdded',
      }),
    );
  });
}

/** What moving a channel within a favourite list says. */
export function movingWords(
  name: string,
  position: number,
  count: number,
  state: MoveState,
): string {
  if (state === 'cancelled') return msg(str`${name} 没有移动`, { id: 'watch.moveCancelled' });
  if (state === 'placed') {
    return msg(str`${name} 放在第 ${position} 位`, { id: 'watch.movePlaced' });
  }
  return msg(
    str`正在移动 ${name}：第 ${position} 位，共 ${count} 个。上下键移动，确定键放下，返回键取消`,
    {
      id: 'watch.moving',
    },
  );
}
