/**
 * Wakes a callback at a time (epoch ms) so that what it draws is on screen
 * at that time, not up to a frame later. A timer sleeps until just before the
 * time; then each animation frame looks whether the time falls before the
 * next one, and wakes the callback there, inside the frame's rAF, so the page
 * renders the change in that same frame. A frame drawn now is seen at the
 * next vsync, a frame later: a time before then belongs to it. A timer at the
 * time itself stays set too, for a page whose frames have stopped (hidden,
 * standby), and whichever comes first wakes it once.
 */

/** How long before the time the frames start being watched. */
const WATCH_FRAMES_MS = 250;
/** A frame at 60 Hz (16.7 ms), rounded up: every time falls before some frame's next one. */
export const FRAME_AHEAD_MS = 17;
/** The longest sleep: a TV that slept or had its clock set still wakes on time. */
const MAX_SLEEP_MS = 60_000;

export class FrameAlarm {
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _frame = 0;

  /** `wake(ahead)`: act as if it were `ahead` ms later (the frame's share). */
  constructor(private readonly _wake: (ahead: number) => void) {}

  /** Wake at `at`, or in a minute when there is nothing to wake for. */
  set(at: number | undefined, now = Date.now()): void {
    this.cancel();
    if (at === undefined) {
      this._timer = setTimeout(() => this._fire(0), MAX_SLEEP_MS);
      return;
    }
    const wait = Math.max(0, at - now);
    if (wait > WATCH_FRAMES_MS) {
      // Close to the time, watch the frames; a long sleep still wakes within a minute.
      const sleep = wait - WATCH_FRAMES_MS;
      this._timer =
        sleep > MAX_SLEEP_MS
          ? setTimeout(() => this._fire(0), MAX_SLEEP_MS)
          : setTimeout(() => this.set(at), sleep);
      return;
    }
    const look = () => {
      if (Date.now() + FRAME_AHEAD_MS >= at) this._fire(FRAME_AHEAD_MS);
      else this._frame = requestAnimationFrame(look);
    };
    if (typeof requestAnimationFrame === 'function') this._frame = requestAnimationFrame(look);
    this._timer = setTimeout(() => this._fire(0), wait);
  }

  cancel(): void {
    clearTimeout(this._timer);
    if (this._frame && typeof cancelAnimationFrame === 'function')
      cancelAnimationFrame(this._frame);
    this._frame = 0;
  }

  private _fire(ahead: number): void {
    this.cancel();
    this._wake(ahead);
  }
}
