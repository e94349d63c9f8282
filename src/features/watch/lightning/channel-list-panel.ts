/**
 * The channel list over the picture (OK in live TV): groups on the left
 * (搜索节目 and 节目指南 first, which open rather than list, then all channels,
 * favourites and the playlist's groups), channels with what is on now on the right. OK tunes, Yellow marks a
 * favourite, Left/Right moves between the columns, Back closes.
 */
import { Component, type Element } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import { ensureRows, visibleWindow } from './row-pool.js';
import { panelPatch, textPatch } from './text.js';

export interface ChannelGroup {
  id: string;
  label: string;
  /** OK opens something (the guide, the search) instead of listing channels. */
  opens?: boolean;
}

export interface ChannelRow {
  index: number;
  number: string;
  name: string;
  detail: string;
  favourite: boolean;
}

export interface ChannelListActions {
  groups(): ChannelGroup[];
  rows(groupId: string): ChannelRow[];
  current(): number;
  tune(index: number): void;
  /** OK on a group that opens something. */
  open(groupId: string): void;
  toggleFavourite(index: number): void;
  close(): void;
  announce(text: string): void;
  /** What a group with no channels says. */
  /** What a group with no channels says. */
  emptyText(groupId: string): string;
}

/** The group id that opens the guide instead of listing channels. */
export const GUIDE_GROUP = '#guide';
/** The group id that opens the programme search. */
export const SEARCH_GROUP = '#search';

const ROW_H = 84;
const ROWS = 10;
const GROUP_W = 380;
const LIST_W = 900;

export class ChannelListPanel extends Component {
  private _theme!: WatchTheme;
  private _actions!: ChannelListActions;
  private _groups: ChannelGroup[] = [];
  private _rows: ChannelRow[] = [];
  private _group = 1;
  private _row = 0;
  private _column: 'groups' | 'channels' = 'channels';

  static override _template() {
    return { x: 96, y: 54, alpha: 0, Back: {}, Groups: {}, Rows: { x: GROUP_W + 20 }, Empty: {} };
  }

  setup(theme: WatchTheme, actions: ChannelListActions): void {
    this._theme = theme;
    this._actions = actions;
  }

  open(): void {
    this._groups = this._actions.groups();
    this._group = Math.min(this._group, this._groups.length - 1);
    if (this._groups[this._group]?.opens) {
      this._group = Math.max(
        0,
        this._groups.findIndex((group) => !group.opens),
      );
    }
    this._loadRows();
    const current = this._rows.findIndex((r) => r.index === this._actions.current());
    this._row = Math.max(0, current);
    this._column = 'channels';
    this.alpha = 1;
    this._draw();
    this._announceFocus();
  }

  close(): void {
    this.alpha = 0;
  }

  /** Now-playing texts changed (the guide arrived): redraw in place. */
  refresh(): void {
    if (this.alpha === 0) return;
    this._loadRows();
    this._draw();
  }

  override _handleUp(): boolean {
    this._move(-1);
    return true;
  }

  override _handleDown(): boolean {
    this._move(1);
    return true;
  }

  override _handleLeft(): boolean {
    if (this._column === 'channels') {
      this._column = 'groups';
      this._draw();
      this._announceFocus();
    }
    return true;
  }

  override _handleRight(): boolean {
    if (this._column === 'groups' && this._rows.length > 0) {
      this._column = 'channels';
      this._draw();
      this._announceFocus();
    }
    return true;
  }

  _handleOk(): boolean {
    if (this._column === 'groups') {
      const group = this._groups[this._group];
      if (group?.opens) this._actions.open(group.id);
      else this._handleRight();
      return true;
    }
    const row = this._rows[this._row];
    if (row) this._actions.tune(row.index);
    return true;
  }

  _handleYellow(): boolean {
    const row = this._column === 'channels' ? this._rows[this._row] : undefined;
    if (!row) return true;
    this._actions.toggleFavourite(row.index);
    this._loadRows();
    this._row = Math.min(this._row, Math.max(0, this._rows.length - 1));
    this._draw();
    this._announceFocus();
    return true;
  }

  override _handleBack(): boolean {
    this._actions.close();
    return true;
  }

  private _move(delta: number): void {
    if (this._column === 'groups') {
      const next = this._group + delta;
      if (next < 0 || next >= this._groups.length) return;
      this._group = next;
      if (!this._groups[next]?.opens) {
        this._loadRows();
        this._row = 0;
      }
    } else {
      const next = this._row + delta;
      if (next < 0 || next >= this._rows.length) return;
      this._row = next;
    }
    this._draw();
    this._announceFocus();
  }

  private _loadRows(): void {
    const group = this._groups[this._group];
    this._rows = group && !group.opens ? this._actions.rows(group.id) : [];
  }

  private _announceFocus(): void {
    if (this._column === 'groups') {
      this._actions.announce(this._groups[this._group]?.label ?? '');
      return;
    }
    const row = this._rows[this._row];
    if (row) this._actions.announce([row.number, row.name, row.detail].filter(Boolean).join(', '));
  }

  private _draw(): void {
    const t = this._theme;
    (this.tag('Back') as Element).patch(
      panelPatch(GROUP_W + 20 + LIST_W, 54 + ROWS * ROW_H + 40, t.panel),
    );
    this._drawColumn(
      this.tag('Groups') as Element,
      this._groups.map((g) => ({ main: g.label, side: '', detail: '' })),
      this._group,
      this._column === 'groups',
      GROUP_W,
    );
    this._drawColumn(
      this.tag('Rows') as Element,
      this._rows.map((r) => ({
        main: `${r.number}  ${r.name}${r.favourite ? ' ★' : ''}`,
        side: '',
        detail: r.detail,
      })),
      this._row,
      this._column === 'channels',
      LIST_W,
    );
    const group = this._groups[this._group];
    const groupId = group?.id ?? GUIDE_GROUP;
    const empty = this._rows.length === 0 && group !== undefined && !group.opens;
    (this.tag('Empty') as Element).patch({
      x: GROUP_W + 60,
      y: 80,
      alpha: empty ? 1 : 0,
      ...textPatch(t, empty ? this._actions.emptyText(groupId) : '', {
        size: t.size.body,
        colour: t.textDim,
        width: LIST_W - 80,
        maxLines: 3,
      }),
    });
  }

  private _drawColumn(
    parent: Element,
    items: { main: string; detail: string }[],
    focused: number,
    active: boolean,
    width: number,
  ): void {
    const t = this._theme;
    const { first, count } = visibleWindow(items.length, focused, ROWS);
    const rows = ensureRows(parent, ROWS, () => ({ Bg: {}, Main: {}, Detail: {} }));
    rows.forEach((row, slot) => {
      const item = items[first + slot];
      if (slot >= count || !item) {
        row.alpha = 0;
        return;
      }
      const isFocus = first + slot === focused;
      const lit = isFocus && active;
      row.patch({ alpha: 1, x: 20, y: 27 + slot * ROW_H });
      (row.tag('Bg') as Element).patch({
        ...panelPatch(width - 40, ROW_H - 8, lit ? t.accent : isFocus ? t.cellNow : 0x00000000),
      });
      const two = item.detail !== '';
      (row.tag('Main') as Element).patch({
        x: 20,
        y: two ? 4 : 18,
        ...textPatch(t, item.main, {
          size: two ? t.size.body : t.size.body,
          colour: lit ? t.focusText : t.text,
          width: width - 80,
          bold: lit,
        }),
      });
      (row.tag('Detail') as Element).patch({
        x: 20,
        y: 46,
        alpha: two ? 1 : 0,
        ...textPatch(t, item.detail, {
          size: Math.round(t.size.small * 0.85),
          colour: lit ? t.focusText : t.textDim,
          width: width - 80,
        }),
      });
    });
  }
}
