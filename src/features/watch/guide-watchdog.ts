/**
 * The grid's watchdog: once the guide has been read, a grid whose rows are
 * still missing and whose worker has answered nothing for
 * {@link GRID_BUILD_LIMIT_MS} (it stopped answering, or building the rows
 * failed) is given up, so the household is told and gets live TV back instead
 * of a grid that never fills. A worker that is merely slow (an old TV, a
 * busy box: keys come in faster than its answers are handled) keeps the grid
 * as long as its answers keep coming, up to {@link GRID_WAIT_CAP_MS} in all.
 * While the guide itself is still downloading the grid says so and is not
 * watched: that wait is expected.
 */
export const GRID_BUILD_LIMIT_MS = 2000;
/** However steadily answers come, a grid this long incomplete is given up (rows evicted as fast as they come). */
export const GRID_WAIT_CAP_MS = 5 * GRID_BUILD_LIMIT_MS;

export class GridWatchdog {
  private _timer: ReturnType<typeof setTimeout> | null = null;
  private _since = 0;

  /**
   * @param _answers how many answers the guide has given so far: a count that
   *   moved while the grid waited means the worker is alive.
   */
  constructor(
    private readonly _onStuck: () => void,
    private readonly _answers: () => number,
    private readonly _limitMs = GRID_BUILD_LIMIT_MS,
    private readonly _capMs = GRID_WAIT_CAP_MS,
  ) {}

  /** After each draw: whether every row it needed was there. The clock starts at the first incomplete draw. */
  drawn(complete: boolean): void {
    if (complete) this.stop();
    else if (this._timer === null) {
      this._since = Date.now();
      this._arm(this._answers());
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

  private _arm(answersBefore: number): void {
    this._timer = setTimeout(() => {
      this._timer = null;
      const answers = this._answers();
      if (answers !== answersBefore && Date.now() - this._since < this._capMs) this._arm(answers);
      else this._onStuck();
    }, this._limitMs);
  }
}
