/**
 * 我的频道: what the household made of the operator's channel list. Its
 * favourite lists (我的收藏 and up to three more it named), each in the order
 * the household chose, and the channels it hid from zapping and the lists.
 *
 * Kept by channel key in localStorage (`hearth.myChannels`): channel keys are
 * not personal data, and a household reset clears them. The first list is
 * 我的收藏 and cannot be deleted. Favourites kept before lists had names (in
 * `hearth.watch`) become 我的收藏 the first time this is read.
 */
import type { Channel } from '../../data/channels/channel-types.js';
import { randomId } from '../../data/random-id.js';
import { formerFavourites } from './channel-memory.js';

const STORAGE_KEY = 'hearth.myChannels';
/** The id of 我的收藏, the list Yellow fills. */
export const FIRST_LIST = 'favourites';
/** 我的收藏 and three named lists: the options panel offers them all at once. */
export const MAX_LISTS = 4;
/** Long enough for 爷爷的戏曲频道, short enough for the groups column. */
export const MAX_NAME_LENGTH = 10;

export interface FavouriteList {
  readonly id: string;
  /** '' for 我的收藏 until the household renames it (the screen names it in its language). */
  readonly name: string;
  /** Channel keys in the household's order. */
  readonly keys: readonly string[];
}

interface Kept {
  lists: FavouriteList[];
  hidden: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function readList(value: unknown): FavouriteList | null {
  if (!value || typeof value !== 'object') return null;
  const { id, name, keys } = value as Partial<Record<keyof FavouriteList, unknown>>;
  if (typeof id !== 'string' || !id) return null;
  return {
    id,
    name: typeof name === 'string' ? name.slice(0, MAX_NAME_LENGTH) : '',
    keys: [...new Set(strings(keys))],
  };
}

function read(): Kept {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object') {
      const value = parsed as { lists?: unknown; hidden?: unknown };
      const stored = (Array.isArray(value.lists) ? value.lists : [])
        .map(readList)
        .filter((list): list is FavouriteList => list !== null);
      const first = stored.find((list) => list.id === FIRST_LIST);
      const named = stored.filter((list) => list.id !== FIRST_LIST).slice(0, MAX_LISTS - 1);
      return {
        lists: [first ?? { id: FIRST_LIST, name: '', keys: [] }, ...named],
        hidden: [...new Set(strings(value.hidden))],
      };
    }
  } catch {
    // Unreadable or unavailable storage: start from the favourites kept before.
  }
  return { lists: [{ id: FIRST_LIST, name: '', keys: formerFavourites() }], hidden: [] };
}

export class MyChannels {
  private _kept: Kept = read();

  get lists(): readonly FavouriteList[] {
    return this._kept.lists;
  }

  list(id: string): FavouriteList | undefined {
    return this._kept.lists.find((list) => list.id === id);
  }

  /** In any of the household's lists (the banner's 已收藏). */
  isFavourite(key: string): boolean {
    return this._kept.lists.some((list) => list.keys.includes(key));
  }

  /** Add the channel to the list, or take it away; true when it was added. */
  toggle(listId: string, key: string): boolean {
    const list = this.list(listId);
    if (!list) return false;
    const added = !list.keys.includes(key);
    this._setList(listId, {
      keys: added ? [...list.keys, key] : list.keys.filter((k) => k !== key),
    });
    return added;
  }

  /** A new named list, or null when there are already MAX_LISTS. */
  addList(name: string): FavouriteList | null {
    if (this._kept.lists.length >= MAX_LISTS) return null;
    const list = { id: randomId(), name: cleanName(name), keys: [] };
    this._kept = { ...this._kept, lists: [...this._kept.lists, list] };
    this._save();
    return list;
  }

  rename(listId: string, name: string): void {
    this._setList(listId, { name: cleanName(name) });
  }

  /** Deletes a named list (我的收藏 stays); its channels stay in the others. */
  removeList(listId: string): void {
    if (listId === FIRST_LIST) return;
    this._kept = { ...this._kept, lists: this._kept.lists.filter((list) => list.id !== listId) };
    this._save();
  }

  /** The list in this order (keys it does not hold are ignored; any it holds and not named keep their place at the end). */
  reorder(listId: string, keys: readonly string[]): void {
    const list = this.list(listId);
    if (!list) return;
    const named = keys.filter((key) => list.keys.includes(key));
    this._setList(listId, { keys: [...new Set([...named, ...list.keys])] });
  }

  isHidden(key: string): boolean {
    return this._kept.hidden.includes(key);
  }

  get hiddenCount(): number {
    return this._kept.hidden.length;
  }

  setHidden(key: string, hidden: boolean): void {
    const others = this._kept.hidden.filter((k) => k !== key);
    this._kept = { ...this._kept, hidden: hidden ? [...others, key] : others };
    this._save();
  }

  /**
   * The operator's channel list again: every hidden channel shown, every list
   * in the playlist's order. The favourites themselves stay.
   */
  restoreOperatorOrder(channels: readonly Channel[]): void {
    const position = new Map(channels.map((channel, index) => [channel.key, index]));
    const at = (key: string) => position.get(key) ?? Number.MAX_SAFE_INTEGER;
    this._kept = {
      hidden: [],
      lists: this._kept.lists.map((list) => ({
        ...list,
        keys: [...list.keys].sort((a, b) => at(a) - at(b)),
      })),
    };
    this._save();
  }

  private _setList(listId: string, change: Partial<FavouriteList>): void {
    this._kept = {
      ...this._kept,
      lists: this._kept.lists.map((list) => (list.id === listId ? { ...list, ...change } : list)),
    };
    this._save();
  }

  private _save(): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this._kept));
    } catch {
      // Full or unavailable storage: the change lasts this visit only.
    }
  }
}

function cleanName(name: string): string {
  return name.trim().slice(0, MAX_NAME_LENGTH);
}

/**
 * The channel CH+/CH− reaches from `index`: the next one not hidden, wrapping
 * round. With every channel hidden, simply the next one.
 */
export function nextShown(
  channels: readonly Channel[],
  index: number,
  delta: 1 | -1,
  isHidden: (key: string) => boolean,
): number {
  const count = channels.length;
  for (let step = 1; step <= count; step++) {
    const next = (index + delta * step + count * step) % count;
    const channel = channels[next];
    if (channel && !isHidden(channel.key)) return next;
  }
  return (index + delta + count) % count;
}

/**
 * The channels the grid and mini guide show, as playlist indices: those not
 * hidden, and the one playing even if hidden (it was typed by number), so the
 * grid always opens on it.
 */
export function gridChannels(
  channels: readonly Channel[],
  isHidden: (key: string) => boolean,
  playing: number,
): number[] {
  const rows: number[] = [];
  channels.forEach((channel, index) => {
    if (index === playing || !isHidden(channel.key)) rows.push(index);
  });
  return rows;
}
