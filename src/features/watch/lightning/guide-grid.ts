/**
 * The programme grid: channels down, two hours across, the current time
 * marked. Full size it has a row of days on top (Up from the first channel
 * reaches it; Red and Green jump a day); small ("mini guide") it covers the
 * lower part of the picture with three channels. Focus keeps its time column
 * while moving between channels. OK asks the screen to act on the programme
 * (tune, play catch-up, or say it has not started).
 */
import { Component, type Element } from '@lightningjs/core';
import type { Programme } from '../../../data/guide/guide-types.js';
import {
  STEP_MS,
  WINDOW_MS,
  alignToStep,
  programmeAtAnchor,
  stepInTime,
} from '../guide-navigation.js';
import { rowCells, type GridCell } from '../guide-row.js';
import { GridWatchdog } from '../guide-watchdog.js';
import type { WatchTheme } from '../watch-theme.js';
import { DAY_MS } from '../watch-time.js';
import { SAFE_W, SAFE_X, SAFE_Y, STAGE_H } from './layout.js';
import { child } from './child.js';
import { ensureRows, visibleWindow } from './row-pool.js';
import { panelPatch, textPatch } from './text.js';

export interface GuideGridActions {
  channelCount(): number;
  channelLabel(index: number): string;
  /** Programmes overlapping the span, or undefined while they load. */
  programmes(index: number, from: number, to: number): Programme[] | undefined;
  canCatchup(index: number, programme: Programme): boolean;
  /** The household asked to be reminded of it (提醒我): its cell is marked. */
  hasReminder(index: number, programme: Programme): boolean;
  /** `loading`: the channel's programmes are still on their way. */
  describe(index: number, programme: Programme | undefined, loading?: boolean): string;
  clock(ms: number): string;
  days(): { start: number; label: string }[];
  now(): number;
  act(index: number, programme: Programme | undefined): void;
  close(): void;
  announce(text: string): void;
  texts(): { loading: string; noGuide: string };
  /** The guide file itself is still being read: rows may wait without the watchdog. */
  guideLoading(): boolean;
  /** How many answers the guide worker has given: the watchdog waits on while the count moves. */
  guideAnswers(): number;
  /** The grid could not be built in time (see GridWatchdog): give live TV back and say so. */
  cannotShow(): void;
}

interface Layout {
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
const FULL: Layout = { x: SAFE_X, y: SAFE_Y, w: SAFE_W, rows: MAX_ROWS, withDays: true };
/** The mini guide sits on the safe area's foot. */
const MINI: Layout = {
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

interface GridSpec extends Component.TemplateSpec {
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

export class GuideGrid
  extends Component<GridSpec>
  implements Component.ImplementTemplateSpec<GridSpec>
{
  private _theme!: WatchTheme;
  private _actions!: GuideGridActions;
  private _layout: Layout = FULL;
  private _channel = 0;
  private _windowStart = 0;
  private _anchor = 0;
  private _focused: Programme | undefined;
  private _zone: 'grid' | 'days' = 'grid';
  private _pendingStep: -1 | 0 | 1 = 0;
  private readonly _watchdog = new GridWatchdog(
    () => this._giveUp(),
    () => this._actions.guideAnswers(),
  );
  /** The last description announced, so a redraw says only what changed. */
  private _said = '';

  static override _template(): Component.Template<GridSpec> {
    return { alpha: 0, Back: {}, Days: {}, Ruler: {}, Rows: {}, NowLine: {}, Detail: {} };
  }

  setup(theme: WatchTheme, actions: GuideGridActions): void {
    this._theme = theme;
    this._actions = actions;
  }

  get isMini(): boolean {
    return !this._layout.withDays;
  }

  open(channel: number, mini: boolean): void {
    this._layout = mini ? MINI : FULL;
    this._channel = channel;
    const now = this._actions.now();
    this._windowStart = alignToStep(now);
    this._anchor = now;
    this._zone = 'grid';
    this.patch({ x: this._layout.x, y: this._layout.y, alpha: 1 });
    this._pickFocus();
    this._draw();
    this._announce();
  }

  close(): void {
    this._watchdog.stop();
    this.alpha = 0;
  }

  refresh(): void {
    if (this.alpha === 0) return;
    if (this._pendingStep !== 0) {
      this._moveTime(this._pendingStep);
      return;
    }
    this._pickFocus();
    this._draw();
    // Newly arrived programmes may move focus or end "loading"; the days row keeps its own.
    if (this._zone === 'grid' && this._describeFocus() !== this._said) this._announce();
  }

  override _handleUp(): boolean {
    if (this._zone === 'days') return true;
    if (this._channel > 0) this._moveChannel(-1);
    else if (this._layout.withDays) {
      this._zone = 'days';
      this._draw();
      this._announceDay();
    }
    return true;
  }

  override _handleDown(): boolean {
    if (this._zone === 'days') {
      this._zone = 'grid';
      this._draw();
      this._announce();
    } else if (this._channel < this._actions.channelCount() - 1) this._moveChannel(1);
    return true;
  }

  override _handleLeft(): boolean {
    if (this._zone === 'days') this._jumpDays(-1);
    else this._moveTime(-1);
    return true;
  }

  override _handleRight(): boolean {
    if (this._zone === 'days') this._jumpDays(1);
    else this._moveTime(1);
    return true;
  }

  _handleRed(): boolean {
    this._jumpDays(-1);
    return true;
  }

  _handleGreen(): boolean {
    this._jumpDays(1);
    return true;
  }

  _handleOk(): boolean {
    if (this._zone === 'days') return this._handleDown();
    this._actions.act(this._channel, this._focused);
    return true;
  }

  override _handleBack(): boolean {
    this._actions.close();
    return true;
  }

  private _bounds(): { min: number; max: number } {
    const days = this._actions.days();
    const first = days[0]?.start ?? this._windowStart;
    const last = (days.at(-1)?.start ?? this._windowStart) + DAY_MS - WINDOW_MS;
    return { min: first, max: last };
  }

  private _moveChannel(delta: number): void {
    this._pendingStep = 0;
    this._channel += delta;
    this._pickFocus();
    this._draw();
    this._announce();
  }

  private _moveTime(direction: -1 | 1): void {
    const around = this._actions.programmes(
      this._channel,
      this._windowStart - WINDOW_MS,
      this._windowStart + 2 * WINDOW_MS,
    );
    if (around === undefined) {
      // The neighbours are still on their way from the worker: take the step when
      // they arrive instead of sliding half an hour past a programme. The watchdog
      // gives up if they never do.
      this._pendingStep = direction;
      this._watchdog.drawn(this._actions.guideLoading());
      return;
    }
    this._pendingStep = 0;
    const next = stepInTime(
      around,
      this._focused,
      { windowStart: this._windowStart, anchor: this._anchor },
      direction,
      this._bounds(),
    );
    this._windowStart = next.windowStart;
    this._anchor = next.anchor;
    this._pickFocus();
    this._draw();
    this._announce();
  }

  private _jumpDays(delta: number): void {
    const { min, max } = this._bounds();
    const start = this._windowStart + delta * DAY_MS;
    if (start < min - STEP_MS || start > max + STEP_MS) return;
    this._windowStart = Math.min(Math.max(start, min), max);
    this._anchor = Math.min(
      Math.max(this._anchor + delta * DAY_MS, this._windowStart),
      this._windowStart + WINDOW_MS - 1,
    );
    this._pickFocus();
    this._draw();
    if (this._zone === 'days') this._announceDay();
    else this._announce();
  }

  private _pickFocus(): void {
    const programmes = this._actions.programmes(
      this._channel,
      this._windowStart,
      this._windowStart + WINDOW_MS,
    );
    // Only a programme the row draws can hold focus, so focus is always seen.
    const drawn = programmes
      ? this._cells(programmes, this._windowStart).map((cell) => cell.programme)
      : undefined;
    this._focused = drawn
      ? programmeAtAnchor(drawn, this._anchor, this._windowStart + WINDOW_MS)
      : undefined;
  }

  private _cells(programmes: readonly Programme[], from: number): GridCell[] {
    return rowCells(programmes, from, from + WINDOW_MS, MAX_CELLS);
  }

  private _giveUp(): void {
    if (this.alpha === 0) return;
    this._actions.cannotShow();
  }

  private _dayIndex(): number {
    const days = this._actions.days();
    let index = 0;
    days.forEach((d, i) => {
      if (d.start <= this._anchor) index = i;
    });
    return index;
  }

  /** What the focus is: a programme, or that its row is loading or has none. */
  private _describeFocus(): string {
    const loading =
      this._focused === undefined &&
      this._actions.programmes(this._channel, this._windowStart, this._windowStart + WINDOW_MS) ===
        undefined;
    return this._actions.describe(this._channel, this._focused, loading);
  }

  private _announce(): void {
    this._said = this._describeFocus();
    this._actions.announce(this._said);
  }

  private _announceDay(): void {
    this._actions.announce(this._actions.days()[this._dayIndex()]?.label ?? '');
  }

  /**
   * Draws, and tells the watchdog whether every row was there. A failure
   * while drawing (data nobody foresaw) gives live TV back with a message
   * rather than leaving a half-drawn grid that takes no keys.
   */
  private _draw(): void {
    let complete: boolean;
    try {
      complete = this._drawAll();
    } catch (error) {
      console.warn('[hearth:guide] the grid could not be drawn', error);
      this._watchdog.fail();
      return;
    }
    this._watchdog.drawn(complete || this._actions.guideLoading());
  }

  /** True when every visible row had its programmes. */
  private _drawAll(): boolean {
    const t = this._theme;
    const L = this._layout;
    const top = L.withDays ? TOP_WITH_DAYS : TOP_PLAIN;
    const height = top + L.rows * ROW_H + FOOT_H;
    child(this.tag('Back')).patch(panelPatch(L.w, height, L.withDays ? t.panelSolid : t.panel));
    this._drawDays(L.withDays);
    this._drawRuler(top - RULER_ABOVE);
    const gridX = CHANNEL_W + GRID_GAP;
    const gridW = L.w - gridX - GRID_GAP;
    const msToX = (ms: number) => gridX + ((ms - this._windowStart) / WINDOW_MS) * gridW;
    const total = this._actions.channelCount();
    const { first, count } = visibleWindow(total, this._channel, L.rows);
    const rows = ensureRows<RowSpec>(child(this.tag('Rows')), MAX_ROWS, () => ({
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
      const isRow = index === this._channel && this._zone === 'grid';
      child(row.tag('Name')).patch({
        x: TEXT_INSET,
        y: TEXT_INSET,
        ...textPatch(t, this._actions.channelLabel(index), {
          size: t.size.body,
          width: CHANNEL_W - NAME_INSET,
          bold: isRow,
          colour: isRow ? t.accent : t.text,
        }),
      });
      if (!this._drawCells(child(row.tag('Cells')), index, msToX)) complete = false;
    });
    const now = this._actions.now();
    const nowVisible = now >= this._windowStart && now < this._windowStart + WINDOW_MS;
    child(this.tag('NowLine')).patch({
      alpha: nowVisible ? 1 : 0,
      x: msToX(now) - NOW_LINE_W / 2,
      y: top - NOW_LINE_OVERHANG,
      ...panelPatch(NOW_LINE_W, Math.min(count, L.rows) * ROW_H + NOW_LINE_OVERHANG, t.accent),
    });
    child(this.tag('Detail')).patch({
      x: TEXT_INSET,
      y: top + L.rows * ROW_H + DETAIL_GAP,
      ...textPatch(t, this._describeFocus(), {
        size: t.size.small,
        colour: t.textDim,
        width: L.w - 2 * TEXT_INSET,
      }),
    });
    return complete;
  }

  private _drawDays(show: boolean): void {
    const t = this._theme;
    const days = this._actions.days();
    const focusDay = this._dayIndex();
    const holder = child(this.tag('Days'));
    holder.alpha = show ? 1 : 0;
    if (!show) return;
    const w = Math.floor((this._layout.w - 2 * DAYS_INSET) / Math.max(1, days.length));
    const tabs = ensureRows<DaySpec>(holder, days.length, () => ({ Bg: {}, Label: {} }));
    tabs.forEach((tab, i) => {
      const day = days[i];
      if (!day) {
        tab.alpha = 0;
        return;
      }
      const lit = i === focusDay;
      const active = lit && this._zone === 'days';
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

  private _drawRuler(y: number): void {
    const t = this._theme;
    const gridX = CHANNEL_W + GRID_GAP;
    const gridW = this._layout.w - gridX - GRID_GAP;
    const marks = ensureRows(child(this.tag('Ruler')), WINDOW_MS / STEP_MS, () => ({}));
    marks.forEach((mark, i) => {
      const at = this._windowStart + i * STEP_MS;
      mark.patch({
        x: gridX + (i * gridW * STEP_MS) / WINDOW_MS + RULER_PAD,
        y,
        ...textPatch(t, this._actions.clock(at), { size: t.size.small, colour: t.textDim }),
      });
    });
  }

  /** Draws one row's cells; false while its programmes are still on their way. */
  private _drawCells(
    parent: Pick<Element, 'childList'>,
    index: number,
    msToX: (ms: number) => number,
  ): boolean {
    const t = this._theme;
    const from = this._windowStart;
    const to = from + WINDOW_MS;
    const programmes = this._actions.programmes(index, from, to);
    const cells = ensureRows<CellSpec>(parent, MAX_CELLS, () => ({ Bg: {}, Title: {} }));
    const { loading, noGuide } = this._actions.texts();
    const drawn = programmes === undefined ? [] : this._cells(programmes, from);
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
    const now = this._actions.now();
    cells.forEach((cell, i) => {
      const item = items[i];
      if (!item) {
        cell.alpha = 0;
        return;
      }
      const x0 = msToX(item.start);
      const x1 = msToX(item.stop);
      const focused =
        this._zone === 'grid' &&
        index === this._channel &&
        (item.programme ? item.programme === this._focused : this._focused === undefined);
      const past = item.programme ? item.programme.stop <= now : false;
      const onAir = item.programme
        ? item.programme.start <= now && item.programme.stop > now
        : false;
      const replay = item.programme && past && this._actions.canCatchup(index, item.programme);
      const reminded = item.programme && !past && this._actions.hasReminder(index, item.programme);
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
}
