/**
 * Asks a server again and again: every `pollSeconds` (±10 %, so a building's
 * TVs do not all ask at the same second), less often while it fails (doubling,
 * up to ten minutes). A poll asked for while one is under way runs once more
 * after it (the one under way may have left before the news arrived), however
 * often it is asked meanwhile. While Hearth is in the background a due poll
 * waits, and runs as it comes back. The warning feeds, the property manager's
 * notices and the parcel list all poll this way.
 */
import { appActivity } from './app-activity.js';

const MAX_BACKOFF_MS = 10 * 60_000;

export class BackoffPoller {
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _running: Promise<void> | null = null;
  private _again: Promise<void> | null = null;
  private _failures = 0;
  private _stopped = false;

  /** `poll` answers whether it succeeded; it must not throw. */
  constructor(
    private readonly _pollSeconds: number,
    private readonly _poll: () => Promise<boolean>,
  ) {}

  start(): void {
    this._stopped = false;
    void this.pollNow();
  }

  stop(): void {
    this._stopped = true;
    clearTimeout(this._timer);
  }

  pollNow(): Promise<void> {
    if (this._running) {
      this._again ??= this._running.then(() => {
        this._again = null;
        return this.pollNow();
      });
      return this._again;
    }
    this._running = this._poll()
      .then((ok) => {
        this._failures = ok ? 0 : this._failures + 1;
      })
      .finally(() => {
        this._running = null;
        this._schedule();
      });
    return this._running;
  }

  private _schedule(): void {
    clearTimeout(this._timer);
    if (this._stopped) return;
    const base = Math.max(10, this._pollSeconds) * 1000;
    const wait = Math.min(MAX_BACKOFF_MS, base * 2 ** this._failures);
    this._timer = setTimeout(
      () =>
        void appActivity.whenActive().then(() => {
          if (!this._stopped) void this.pollNow();
        }),
      wait * (0.9 + Math.random() * 0.2),
    );
  }
}
