/**
 * The grid's watchdog: once the guide has been read, a grid whose rows are
 * still not there after {@link GRID_BUILD_LIMIT_MS} (the worker stopped
 * answering, or building them failed) is given up, so the household is told
 * and gets live TV back instead of a grid that never fills. While the guide
 * itself is still downloading the grid says so and is not watched: that wait
 * is expected.
 */
export const GRID_BUILD_LIMIT_MS = 2000;

export class GridWatchdog {
  private _timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly _onStuck: () => void,
    private readonly _limitMs = GRID_BUILD_LIMIT_MS,
  ) {}

  /** After each draw: whether every row it needed was there. The clock starts at the first incomplete draw. */
  drawn(complete: boolean): void {
    if (complete) this.stop();
    else if (this._timer === null) {
      this._timer = setTimeout(() => {
        this._timer = null;
        this._onStuck();
      }, this._limitMs);
    }
  }

  /** Building failed outright: no point waiting. */
  fail(): void {
    this.stop();
    this._onStuck();
  }

  stop(): void {
    if (this._timer === null) return;
    clearTimeout(this._timer);
    this._timer = null;
  }
}
