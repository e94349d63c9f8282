/**
 * Hash routes with Hearth's own back stack. The browser's history is never
 * used for Back (webOS and others turn history.back() into "leave the app"):
 * the URL is only kept in step with replaceState so deep links and reloads
 * land on the same screen. A deep link stacks its parents, so Back from
 * `#/settings/about` goes to settings, then home.
 */
export const HOME = '';

export function pathFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').replace(/\/+$/, '');
}

export class Router extends EventTarget {
  private _stack: string[] = [HOME];
  private _onHashChange = () => {
    const path = pathFromHash(location.hash);
    if (path !== this.path) this.navigate(path);
  };

  constructor(private readonly _isKnown: (path: string) => boolean) {
    super();
  }

  get path(): string {
    return this._stack[this._stack.length - 1] ?? HOME;
  }

  get depth(): number {
    return this._stack.length;
  }

  /**
   * Read the deep link, if any, and follow hash edits from now on. Without
   * one, `startPath` (live TV for a TV that starts into it) opens over home,
   * so Back from it goes home.
   */
  start(startPath: string | null = null): { unknown: string | null } {
    const wanted = pathFromHash(location.hash);
    window.addEventListener('hashchange', this._onHashChange);
    if (wanted === HOME) {
      if (startPath !== null && this._isKnown(startPath)) {
        this._stack = [HOME, startPath];
        this._sync();
      }
      return { unknown: null };
    }
    if (!this._isKnown(wanted)) {
      this._sync();
      return { unknown: wanted };
    }
    this._stack = [HOME, ...this._ancestors(wanted), wanted];
    this._sync();
    return { unknown: null };
  }

  stop(): void {
    window.removeEventListener('hashchange', this._onHashChange);
  }

  navigate(path: string): void {
    if (!this._isKnown(path)) return;
    if (path === HOME) {
      this._stack = [HOME];
    } else if (path === this.path) {
      // Already there (a reminder's 切换 while watching): nothing to redraw or refocus.
      return;
    } else {
      this._stack.push(path);
    }
    this._changed();
  }

  /** Up one level. False on the home screen, where Back means "leave Hearth?". */
  back(): boolean {
    if (this._stack.length <= 1) return false;
    this._stack.pop();
    this._changed();
    return true;
  }

  private _ancestors(path: string): string[] {
    const parts = path.split('/');
    const out: string[] = [];
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (this._isKnown(prefix)) out.push(prefix);
    }
    return out;
  }

  private _changed(): void {
    this._sync();
    this.dispatchEvent(new Event('change'));
  }

  private _sync(): void {
    const hash = this.path === HOME ? '#/' : `#/${this.path}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }
}
