/**
 * Draws the channel list (channel-list-panel.ts) from a snapshot of its state:
 * the panel, the groups' column, the channels' column and what an empty group
 * says. It lives apart so the component keeps only its state and its keys, and
 * the list's pixels are all named here.
 */
import type { Component, Element } from '@lightningjs/core';
import type { WatchTheme } from '../watch-theme.js';
import type { ChannelGroup, ChannelRow } from './channel-list-panel.js';
import { child } from './child.js';
import { ensureRows, visibleWindow } from './row-pool.js';
import { panelPatch, textPatch } from './text.js';

const ROW_H = 84;
const ROWS = 10;
const GROUP_W = 380;
const LIST_W = 900;
/** Between the groups' column and the channels'. */
const COLUMN_GAP = 20;
/** Where the channels' column starts in the panel. */
export const CHANNELS_X = GROUP_W + COLUMN_GAP;
/** Above the first row, and as much below the last; then a foot under that. */
const ROWS_TOP = 27;
const ROWS_FOOT = 40;
/** A row's inset from its column's sides, and its text's from the row's left. */
const ROW_INSET = 20;
const ROW_GAP = 8;
/** The row's words: one line, or the name over what is on. */
const MAIN_Y_ONE_LINE = 18;
const MAIN_Y_TWO_LINES = 4;
const DETAIL_Y = 46;
/** What an empty group says, inside the channels' column. */
const EMPTY_X = GROUP_W + 60;
const EMPTY_Y = 80;
const EMPTY_INSET = 80;
/** A row not focused has no background. */
const CLEAR = 0x00000000;

export interface ListSpec extends Component.TemplateSpec {
  Back: object;
  Groups: object;
  Rows: object;
  Empty: object;
}

/** A row in the pool of a column. */
interface RowSpec extends Element.TemplateSpec {
  Bg: object;
  Main: object;
  Detail: object;
}

/** The list's state as drawing needs it; `emptyText` is asked only when the group is empty. */
export interface ListFrame {
  theme: WatchTheme;
  groups: readonly ChannelGroup[];
  rows: readonly ChannelRow[];
  group: number;
  row: number;
  column: 'groups' | 'channels';
  moving: boolean;
  empty: boolean;
  emptyText: () => string;
}

export function drawList(panel: Component<ListSpec>, f: ListFrame): void {
  const t = f.theme;
  child(panel.tag('Back')).patch(
    panelPatch(CHANNELS_X + LIST_W, 2 * ROWS_TOP + ROWS * ROW_H + ROWS_FOOT, t.panel),
  );
  drawColumn(
    child(panel.tag('Groups')),
    t,
    f.groups.map((g) => ({ main: g.label, side: '', detail: '' })),
    f.group,
    f.column === 'groups',
    GROUP_W,
  );
  drawColumn(
    child(panel.tag('Rows')),
    t,
    f.rows.map((r, i) => ({
      main: `${f.moving && i === f.row ? '↕ ' : ''}${r.number}  ${r.name}${r.favourite ? ' ★' : ''}`,
      side: '',
      detail: r.detail,
    })),
    f.row,
    f.column === 'channels',
    LIST_W,
  );
  child(panel.tag('Empty')).patch({
    x: EMPTY_X,
    y: EMPTY_Y,
    alpha: f.empty ? 1 : 0,
    ...textPatch(t, f.empty ? f.emptyText() : '', {
      size: t.size.body,
      colour: t.textDim,
      width: LIST_W - EMPTY_INSET,
      maxLines: 3,
    }),
  });
}

function drawColumn(
  parent: Pick<Element, 'childList'>,
  t: WatchTheme,
  items: { main: string; detail: string }[],
  focused: number,
  active: boolean,
  width: number,
): void {
  const { first, count } = visibleWindow(items.length, focused, ROWS);
  const rows = ensureRows<RowSpec>(parent, ROWS, () => ({ Bg: {}, Main: {}, Detail: {} }));
  rows.forEach((row, slot) => {
    const item = items[first + slot];
    if (slot >= count || !item) {
      row.alpha = 0;
      return;
    }
    const isFocus = first + slot === focused;
    const lit = isFocus && active;
    row.patch({ alpha: 1, x: ROW_INSET, y: ROWS_TOP + slot * ROW_H });
    child(row.tag('Bg')).patch({
      ...panelPatch(
        width - 2 * ROW_INSET,
        ROW_H - ROW_GAP,
        lit ? t.accent : isFocus ? t.cellNow : CLEAR,
      ),
    });
    const two = item.detail !== '';
    child(row.tag('Main')).patch({
      x: ROW_INSET,
      y: two ? MAIN_Y_TWO_LINES : MAIN_Y_ONE_LINE,
      ...textPatch(t, item.main, {
        size: two ? t.size.body : t.size.body,
        colour: lit ? t.focusText : t.text,
        width: width - 4 * ROW_INSET,
        bold: lit,
      }),
    });
    child(row.tag('Detail')).patch({
      x: ROW_INSET,
      y: DETAIL_Y,
      alpha: two ? 1 : 0,
      ...textPatch(t, item.detail, {
        size: Math.round(t.size.small * 0.85),
        colour: lit ? t.focusText : t.textDim,
        width: width - 4 * ROW_INSET,
      }),
    });
  });
}
