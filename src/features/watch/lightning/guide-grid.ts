/**
 * The programme grid: channels down, two hours across, the current time
 * marked. Full size it has a row of days on top (Up from the first channel
 * reaches it; Red and Green jump a day); small ("mini guide") it covers the
 * lower part of the picture with three channels. Focus keeps its time column
 * while moving between channels. OK asks the screen to act on the programme
 * (tune, play catch-up, or say it has not started). It keeps the state and
 * the keys; guide-grid-draw.ts draws it.
 */
import { Component } from '@lightningjs/core';
import type { Programme } from '../../../data/guide/guide-types.js';
import {
  STEP_MS,
  WINDOW_MS,
  alignToStep,
  programmeAtAnchor,
  stepInTime,
} from '../guide-navigation.js';
import { GridWatchdog } from '../guide-watchdog.js';
import type { WatchTheme } from '../watch-theme.js';
import { DAY_MS } from '../watch-time.js';
import {
  FULL,
  MINI,
  drawGrid,
  gridCells,
  type GridLayout,
  type GridSpec,
} from './guide-grid-draw.js';

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

export class GuideGrid
  extends Component<GridSpec>
  implements Component.ImplementTemplateSpec<GridSpec>
{
  private _theme!: WatchTheme;
  private _actions!: GuideGridActions;
  private _layout: GridLayout = FULL;
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
      ? gridCells(programmes, this._windowStart).map((cell) => cell.programme)
      : undefined;
    this._focused = drawn
      ? programmeAtAnchor(drawn, this._anchor, this._windowStart + WINDOW_MS)
      : undefined;
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
      complete = drawGrid(this, {
        theme: this._theme,
        actions: this._actions,
        layout: this._layout,
        windowStart: this._windowStart,
        channel: this._channel,
        zone: this._zone,
        focused: this._focused,
        dayIndex: () => this._dayIndex(),
        describeFocus: () => this._describeFocus(),
      });
    } catch (error) {
      console.warn('[hearth:guide] the grid could not be drawn', error);
      this._watchdog.fail();
      return;
    }
    this._watchdog.drawn(complete || this._actions.guideLoading());
  }
}
