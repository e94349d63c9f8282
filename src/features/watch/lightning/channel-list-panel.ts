/**
 * The channel list over the picture (OK in live TV): groups on the left
 * (搜索节目 and 节目指南 first, which open rather than list, then all channels,
 * favourite lists and the playlist's groups), channels with what is on now on
 * the right. OK tunes, Yellow marks a favourite, Menu or Red offers what can be
 * done with the channel or group focused, Left/Right moves between the columns,
 * Back closes. In a favourite list a channel can be picked up and moved
 * (startMove): Up/Down carry it, OK puts it down, Back puts it back. It keeps
 * the state and the keys; channel-list-draw.ts draws it.
 */
import { Component } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import { SAFE_X, SAFE_Y } from './layout.js';
import { CHANNELS_X, drawList, type ListSpec } from './channel-list-draw.js';

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
  /** Yellow on a channel: in or out of the favourite list shown (else 我的收藏). */
  toggleFavourite(index: number, groupId: string): void;
  /** Menu or Red: what can be done with the channel (index) or the group focused. */
  options(groupId: string, index?: number): void;
  /** A channel was moved within a favourite list: keep the new order (channel indices). */
  reorder(groupId: string, indices: number[]): void;
  /** What moving a channel says: carried to `position` of `count`, or put down ('placed') or back ('cancelled'). */
  movingWords(name: string, position: number, count: number, state: MoveState): string;
  close(): void;
  announce(text: string): void;
  /** What a group with no channels says. */
  emptyText(groupId: string): string;
}

export type MoveState = 'moving' | 'placed' | 'cancelled';

/** The group id that opens the guide instead of listing channels. */
export const GUIDE_GROUP = '#guide';
/** The group id that opens the programme search. */
export const SEARCH_GROUP = '#search';

export class ChannelListPanel
  extends Component<ListSpec>
  implements Component.ImplementTemplateSpec<ListSpec>
{
  private _theme!: WatchTheme;
  private _actions!: ChannelListActions;
  private _groups: ChannelGroup[] = [];
  private _rows: ChannelRow[] = [];
  private _group = 1;
  private _row = 0;
  private _column: 'groups' | 'channels' = 'channels';
  /** A channel picked up in a favourite list (startMove), until OK or Back. */
  private _moving = false;

  static override _template(): Component.Template<ListSpec> {
    return {
      x: SAFE_X,
      y: SAFE_Y,
      alpha: 0,
      Back: {},
      Groups: {},
      Rows: { x: CHANNELS_X },
      Empty: {},
    };
  }

  setup(theme: WatchTheme, actions: ChannelListActions): void {
    this._theme = theme;
    this._actions = actions;
  }

  /**
   * Opens on the group last shown (or `groupId`), on the channel playing where
   * the group has it; `onGroup` leaves the focus on the group itself.
   */
  open(groupId?: string, onGroup = false): void {
    this._groups = this._actions.groups();
    const asked = this._groups.findIndex((group) => group.id === groupId);
    this._group = asked >= 0 ? asked : Math.min(this._group, this._groups.length - 1);
    if (this._groups[this._group]?.opens) {
      this._group = Math.max(
        0,
        this._groups.findIndex((group) => !group.opens),
      );
    }
    this._moving = false;
    this._loadRows();
    const current = this._rows.findIndex((r) => r.index === this._actions.current());
    this._row = Math.max(0, current);
    this._column = onGroup || this._rows.length === 0 ? 'groups' : 'channels';
    this.alpha = 1;
    this._draw();
    this._announceFocus();
  }

  close(): void {
    this._moving = false;
    this.alpha = 0;
  }

  /** Now-playing texts changed (the guide arrived), or a list was edited: redraw in place. */
  refresh(): void {
    if (this.alpha === 0 || this._moving) return;
    this._groups = this._actions.groups();
    this._group = Math.min(this._group, this._groups.length - 1);
    this._loadRows();
    this._row = Math.min(this._row, Math.max(0, this._rows.length - 1));
    if (this._rows.length === 0) this._column = 'groups';
    this._draw();
  }

  /** Pick up the focused channel of a favourite list: Up/Down carry it. */
  startMove(): void {
    const row = this._rows[this._row];
    if (this._column !== 'channels' || !row) return;
    this._moving = true;
    this._draw();
    this._announceMove('moving');
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
    if (this._column === 'channels' && !this._moving) {
      this._column = 'groups';
      this._draw();
      this._announceFocus();
    }
    return true;
  }

  override _handleRight(): boolean {
    if (this._column === 'groups' && this._rows.length > 0 && !this._moving) {
      this._column = 'channels';
      this._draw();
      this._announceFocus();
    }
    return true;
  }

  _handleOk(): boolean {
    if (this._moving) return this._putDown();
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
    const group = this._groups[this._group];
    if (!row || !group || this._moving) return true;
    // The toggle says what it did (and redraws through refresh): that is what to hear.
    this._actions.toggleFavourite(row.index, group.id);
    return true;
  }

  _handleMenu(): boolean {
    if (this._moving) return this._putDown();
    const group = this._groups[this._group];
    if (!group || group.opens) return true;
    const row = this._column === 'channels' ? this._rows[this._row] : undefined;
    this._actions.options(group.id, row?.index);
    return true;
  }

  _handleRed(): boolean {
    return this._handleMenu();
  }

  override _handleBack(): boolean {
    if (this._moving) {
      // Put back: the order kept is the one before the channel was picked up,
      // and the focus goes back with the channel to where it was.
      const picked = this._rows[this._row];
      this._moving = false;
      this._loadRows();
      this._row = Math.max(
        0,
        this._rows.findIndex((row) => row.index === picked?.index),
      );
      this._draw();
      const name = picked?.name ?? '';
      this._actions.announce(this._actions.movingWords(name, 0, 0, 'cancelled'));
      return true;
    }
    this._actions.close();
    return true;
  }

  private _putDown(): boolean {
    const group = this._groups[this._group];
    this._moving = false;
    if (group) {
      this._actions.reorder(
        group.id,
        this._rows.map((row) => row.index),
      );
    }
    this._draw();
    this._announceMove('placed');
    return true;
  }

  private _announceMove(state: MoveState): void {
    const row = this._rows[this._row];
    if (!row) return;
    this._actions.announce(
      this._actions.movingWords(row.name, this._row + 1, this._rows.length, state),
    );
  }

  private _move(delta: number): void {
    if (this._moving) {
      const next = this._row + delta;
      const [picked, other] = [this._rows[this._row], this._rows[next]];
      if (!picked || !other) return;
      this._rows[next] = picked;
      this._rows[this._row] = other;
      this._row = next;
      this._draw();
      this._announceMove('moving');
      return;
    }
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
    const group = this._groups[this._group];
    const groupId = group?.id ?? GUIDE_GROUP;
    drawList(this, {
      theme: this._theme,
      groups: this._groups,
      rows: this._rows,
      group: this._group,
      row: this._row,
      column: this._column,
      moving: this._moving,
      empty: this._rows.length === 0 && group !== undefined && !group.opens,
      emptyText: () => this._actions.emptyText(groupId),
    });
  }
}
