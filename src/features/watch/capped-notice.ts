/**
 * What live TV tells the household when the channel list or the guide was too
 * big for this TV and only its first part is shown (the caps are in
 * src/data/channels/channel-list-limits.ts and src/data/guide/guide-limits.ts).
 * The household cannot fix it, so the words say what is missing, that what is
 * shown works, and whom to tell. No spaces around the number: the notice wraps
 * Chinese at spaces first, which would break the line after it.
 */
import { msg, str } from '@lit/localize';

export interface CappedNotice {
  title: string;
  body: string;
}

/** The list reached a cap: `shown` channels came before it. */
export function listCappedNotice(shown: number): CappedNotice {
  const count = String(shown);
  return {
    title: msg('频道列表太大', { id: 'watch.listCappedTitle' }),
    body: msg(
      str`这台电视只载入了前${count}个频道，其余的频道不会显示。这些频道可以照常观看；请联系运营商。`,
      { id: 'watch.listCappedBody' },
    ),
  };
}

/** The guide reached a cap: only the programmes before it are shown. */
export function guideCappedNotice(): CappedNotice {
  return {
    title: msg('节目单太大', { id: 'watch.guideCappedTitle' }),
    body: msg(
      '这台电视只载入了节目单的前一部分，有些频道可能没有节目信息。正在播放的节目不受影响；请联系运营商。',
      { id: 'watch.guideCappedBody' },
    ),
  };
}
