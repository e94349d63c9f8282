/**
 * Whether the TV platform has Hearth in front of the household. A platform may
 * put the portal in the background (another app on screen, the box's own menu)
 * without hiding the page: Firebolt says so through its lifecycle, not through
 * the page's visibility. Players pause and pollers wait while Hearth is not
 * active, and ask again the moment it is.
 *
 * The page's own visibility is not part of it: what must happen on a hidden
 * page (drafts written, locks closed) already listens to visibilitychange, and
 * live TV has played on through it so far; this is only the platform's word.
 *
 * 'save' asks whatever holds unsaved input to write it now: the platform is
 * about to unload the page.
 */
type ActivityEvent = 'change' | 'save';

class AppActivity {
  private readonly _events = new EventTarget();
  private _platformActive = true;

  /** In front: the platform has not sent Hearth to the background. */
  get active(): boolean {
    return this._platformActive;
  }

  /** The platform's lifecycle (Firebolt's foreground/background/inactive). */
  setPlatformActive(active: boolean): void {
    if (active === this._platformActive) return;
    this._platformActive = active;
    this._changed();
  }

  /** Resolves at once when active, otherwise the next time Hearth comes to the front. */
  whenActive(): Promise<void> {
    if (this.active) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!this.active) return;
        this._events.removeEventListener('change', check);
        resolve();
      };
      this._events.addEventListener('change', check);
    });
  }

  /** Everything that holds unsaved input writes it now. */
  requestSave(): void {
    this._events.dispatchEvent(new Event('save'));
  }

  addEventListener(type: ActivityEvent, listener: () => void): void {
    this._events.addEventListener(type, listener);
  }

  removeEventListener(type: ActivityEvent, listener: () => void): void {
    this._events.removeEventListener(type, listener);
  }

  private _changed(): void {
    this._events.dispatchEvent(new Event('change'));
  }
}

export const appActivity = new AppActivity();
