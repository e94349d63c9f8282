/**
 * Draws the programme grid (guide-grid.ts) from a snapshot of its state: the
 * panel, the days' row, the ruler of half hours, the channels' rows and their
 * cells, the line at the current time and the focused programme's words. It
 * lives apart so the component keeps only its state and its keys, and the
 * grid's pixels are all named here.
 */
import type { Component, Element } from '@lightningjs/core';
import type { Programme } from '../../../data/guide/guide-types.js';
import { STEP_MS, WINDOW_MS } from '../guide-navigation.js';
import { rowCells, type GridCell } from '../guide-row.js';
import type { WatchTheme } from '../watch-theme.js';
import { child } from './child.js';
import type { GuideGridActions } from './guide-grid.js';
import { SAFE_W, SAFE_X, SAFE_Y, STAGE_H } from './layout.js';
import { ensureRows, visibleWindow } from './row-pool.js';
import { panelPatch, textPatch } from './text.js';

export interface GridLayout {
  x: number;
  y: number;
  w: number;
  rows: number;
  withDays: boolean;
}

const ROW_H = 96;
/** Rows of the full grid: the most a grid draws. */
const MAX_ROWS = 7;
const MINI_ROWS = 3;
/** Above the first row: the days and the ruler, or the ruler alone. */
const TOP_WITH_DAYS = 150;
const TOP_PLAIN = 60;
/** Below the last row: the focused programme's words. */
const FOOT_H = 90;
export const FULL: GridLayout = { x: SAFE_X, y: SAFE_Y, w: SAFE_W, rows: MAX_ROWS, withDays: true };
/** The mini guide sits on the safe area's foot. */
export const MINI: GridLayout = {
  x: SAFE_X,
  y: STAGE_H - SAFE_Y - (TOP_PLAIN + MINI_ROWS * ROW_H + FOOT_H),
  w: SAFE_W,
  rows: MINI_ROWS,
  withDays: false,
};
/** The channel names' column; the cells start GRID_GAP after it and stop GRID_GAP from the edge. */
const CHANNEL_W = 320;
const GRID_GAP = 20;
/** Words' inset from the panel's left (channel names, the focused programme's words). */
const TEXT_INSET = 24;
/** The channel name's room inside its column. */
const NAME_INSET = 30;
/** The ruler's times, above the first row, and their inset from their half hour. */
const RULER_ABOVE = 50;
const RULER_PAD = 8;
/** The line at the current time, and how far it reaches above the first row. */
const NOW_LINE_W = 4;
const NOW_LINE_OVERHANG = 10;
/** From the last row to the focused programme's words. */
const DETAIL_GAP = 18;
/** The days' row: its inset in the panel, each tab's height, the gap between tabs. */
const DAYS_INSET = 20;
const DAY_H = 64;
const DAY_GAP = 8;
const DAY_LABEL_PAD = 8;
/** A cell's inset in its row (above and below) and the gap after it; its narrowest drawing. */
const CELL_TOP = 6;
const CELL_GAP = 6;
const MIN_CELL_W = 4;
/** A cell's title inside it. */
const TITLE_X = 14;
const TITLE_Y = 20;
/** Cells a row draws in its two hours: real guides fill them with one-minute fillers. */
const MAX_CELLS = 20;

export interface GridSpec extends Component.TemplateSpec {
  Back: object;
  Days: object;
  Ruler: object;
  Rows: object;
  NowLine: object;
  Detail: object;
}

/** A channel's row in the pool under Rows: its name and its cells. */
interface RowSpec extends Element.TemplateSpec {
  Name: object;
  Cells: object;
}

/** A programme's cell in a row. */
interface CellSpec extends Element.TemplateSpec {
  Bg: object;
  Title: object;
}

/** A day's tab in the days' row. */
interface DaySpec extends Element.TemplateSpec {
  Bg: object;
  Label: object;
}

/** The grid's state as drawing needs it; the two functions are asked when the drawing gets to them. */
export interface GridFrame {
  theme: WatchTheme;
  actions: GuideGridActions;
  layout: GridLayout;
  windowStart: number;
  channel: number;
  zone: 'grid' | 'days';
  focused: Programme | undefined;
  dayIndex: () => number;
  describeFocus: () => string;
}

/** The cells a row draws of its programmes from `from` (only these can hold focus). */
export function gridCells(programmes: readonly Programme[], from: number): GridCell[] {
  return rowCells(programmes, from, from + WINDOW_MS, MAX_CELLS);
}

/** Draws the whole grid; true when every visible row had its programmes. */
export function drawGrid(grid: Component<GridSpec>, f: GridFrame): boolean {
  const t = f.theme;
  const L = f.layout;
  const top = L.withDays ? TOP_WITH_DAYS : TOP_PLAIN;
  const height = top + L.rows * ROW_H + FOOT_H;
  child(grid.tag('Back')).patch(panelPatch(L.w, height, L.withDays ? t.panelSolid : t.panel));
  drawDays(child(grid.tag('Days')), f, L.withDays);
  drawRuler(child(grid.tag('Ruler')), f, top - RULER_ABOVE);
  const gridX = CHANNEL_W + GRID_GAP;
  const gridW = L.w - gridX - GRID_GAP;
  const msToX = (ms: number) => gridX + ((ms - f.windowStart) / WINDOW_MS) * gridW;
  const total = f.actions.channelCount();
  const { first, count } = visibleWindow(total, f.channel, L.rows);
  const rows = ensureRows<RowSpec>(child(grid.tag('Rows')), MAX_ROWS, () => ({
    Name: {},
    Cells: {},
  }));
  let complete = true;
  rows.forEach((row, slot) => {
    const index = first + slot;
    if (slot >= count || slot >= L.rows) {
      row.alpha = 0;
      return;
    }
    row.patch({ alpha: 1, x: 0, y: top + slot * ROW_H });
    const isRow = index === f.channel && f.zone === 'grid';
    child(row.tag('Name')).patch({
      x: TEXT_INSET,
      y: TEXT_INSET,
      ...textPatch(t, f.actions.channelLabel(index), {
        size: t.size.body,
        width: CHANNEL_W - NAME_INSET,
        bold: isRow,
        colour: isRow ? t.accent : t.text,
      }),
    });
    if (!drawCells(child(row.tag('Cells')), f, index, msToX)) complete = false;
  });
  const now = f.actions.now();
  const nowVisible = now >= f.windowStart && now < f.windowStart + WINDOW_MS;
  child(grid.tag('NowLine')).patch({
    alpha: nowVisible ? 1 : 0,
    x: msToX(now) - NOW_LINE_W / 2,
    y: top - NOW_LINE_OVERHANG,
    ...panelPatch(NOW_LINE_W, Math.min(count, L.rows) * ROW_H + NOW_LINE_OVERHANG, t.accent),
  });
  child(grid.tag('Detail')).patch({
    x: TEXT_INSET,
    y: top + L.rows * ROW_H + DETAIL_GAP,
    ...textPatch(t, f.describeFocus(), {
      size: t.size.small,
      colour: t.textDim,
      width: L.w - 2 * TEXT_INSET,
    }),
  });
  return complete;
}

function drawDays(holder: Element, f: GridFrame, show: boolean): void {
  const t = f.theme;
  const days = f.actions.days();
  const focusDay = f.dayIndex();
  holder.alpha = show ? 1 : 0;
  if (!show) return;
  const w = Math.floor((f.layout.w - 2 * DAYS_INSET) / Math.max(1, days.length));
  const tabs = ensureRows<DaySpec>(holder, days.length, () => ({ Bg: {}, Label: {} }));
  tabs.forEach((tab, i) => {
    const day = days[i];
    if (!day) {
      tab.alpha = 0;
      return;
    }
    const lit = i === focusDay;
    const active = lit && f.zone === 'days';
    tab.patch({ alpha: 1, x: DAYS_INSET + i * w, y: DAYS_INSET });
    child(tab.tag('Bg')).patch(
      panelPatch(w - DAY_GAP, DAY_H, active ? t.accent : lit ? t.cellNow : t.cell),
    );
    child(tab.tag('Label')).patch({
      x: (w - DAY_GAP) / 2,
      y: DAY_H / 2,
      mount: 0.5,
      ...textPatch(t, day.label, {
        size: Math.round(t.size.small * 0.8),
        colour: active ? t.focusText : t.text,
        width: w - DAY_GAP - DAY_LABEL_PAD,
        align: 'center',
      }),
    });
  });
}

function drawRuler(holder: Pick<Element, 'childList'>, f: GridFrame, y: number): void {
  const t = f.theme;
  const gridX = CHANNEL_W + GRID_GAP;
  const gridW = f.layout.w - gridX - GRID_GAP;
  const marks = ensureRows(holder, WINDOW_MS / STEP_MS, () => ({}));
  marks.forEach((mark, i) => {
    const at = f.windowStart + i * STEP_MS;
    mark.patch({
      x: gridX + (i * gridW * STEP_MS) / WINDOW_MS + RULER_PAD,
      y,
      ...textPatch(t, f.actions.clock(at), { size: t.size.small, colour: t.textDim }),
    });
  });
}

/** Draws one row's cells; false while its programmes are still on their way. */
function drawCells(
  parent: Pick<Element, 'childList'>,
  f: GridFrame,
  index: number,
  msToX: (ms: number) => number,
): boolean {
  const t = f.theme;
  const from = f.windowStart;
  const to = from + WINDOW_MS;
  const programmes = f.actions.programmes(index, from, to);
  const cells = ensureRows<CellSpec>(parent, MAX_CELLS, () => ({ Bg: {}, Title: {} }));
  const { loading, noGuide } = f.actions.texts();
  const drawn = programmes === undefined ? [] : gridCells(programmes, from);
  const items: { start: number; stop: number; title: string; programme?: Programme }[] =
    programmes === undefined
      ? [{ start: from, stop: to, title: loading }]
      : drawn.length === 0
        ? [{ start: from, stop: to, title: noGuide }]
        : drawn.map((c) => ({
            start: c.start,
            stop: c.stop,
            title: c.programme.title,
            programme: c.programme,
          }));
  const now = f.actions.now();
  cells.forEach((cell, i) => {
    const item = items[i];
    if (!item) {
      cell.alpha = 0;
      return;
    }
    const x0 = msToX(item.start);
    const x1 = msToX(item.stop);
    const focused =
      f.zone === 'grid' &&
      index === f.channel &&
      (item.programme ? item.programme === f.focused : f.focused === undefined);
    const past = item.programme ? item.programme.stop <= now : false;
    const onAir = item.programme ? item.programme.start <= now && item.programme.stop > now : false;
    const replay = item.programme && past && f.actions.canCatchup(index, item.programme);
    const reminded = item.programme && !past && f.actions.hasReminder(index, item.programme);
    const colour = focused ? t.accent : onAir ? t.cellNow : past ? t.cellPast : t.cell;
    cell.patch({ alpha: 1, x: x0, y: CELL_TOP });
    child(cell.tag('Bg')).patch(
      panelPatch(Math.max(MIN_CELL_W, x1 - x0 - CELL_GAP), ROW_H - 2 * CELL_TOP, colour),
    );
    // A cell too narrow for any text (a one-minute filler) draws none: see textPatch.
    child(cell.tag('Title')).patch({
      x: TITLE_X,
      y: TITLE_Y,
      ...textPatch(t, `${replay ? '↺ ' : ''}${reminded ? '◉ ' : ''}${item.title}`, {
        size: t.size.small,
        width: x1 - x0 - CELL_GAP - 2 * TITLE_X,
        bold: focused,
        colour: focused ? t.focusText : past ? t.textDim : t.text,
      }),
    });
  });
  return programmes !== undefined;
}
