/**
 * Collects the ids of changed entities and hands them over at most once per
 * animation frame. A busy hub sends many state changes a second, each in its
 * own socket message; drawing each one separately would take the frame time a
 * key press needs, so the screen catches up once per frame with all of them.
 * Without requestAnimationFrame (a hidden page, tests) a short timer does it.
 */
export class FrameBatch {
  private _ids = new Set<string>();
  private _structure = false;
  private _frame: number | null = null;
  private _timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly _flush: (ids: ReadonlySet<string>, structure: boolean) => void) {}

  /** Entities whose state changed. */
  add(ids: Iterable<string>): void {
    for (const id of ids) this._ids.add(id);
    this._schedule();
  }

  /** Something that changes the layout (areas, status): the next flush says so. */
  addStructure(): void {
    this._structure = true;
    this._schedule();
  }

  /** Drops what is waiting (the screen is going away). */
  cancel(): void {
    if (this._frame !== null) cancelAnimationFrame(this._frame);
    if (this._timer !== null) clearTimeout(this._timer);
    this._frame = null;
    this._timer = null;
    this._ids = new Set();
    this._structure = false;
  }

  private _schedule(): void {
    if (this._frame !== null || this._timer !== null) return;
    const run = () => this._run();
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
      this._frame = requestAnimationFrame(run);
    } else {
      this._timer = setTimeout(run, 16);
    }
  }

  private _run(): void {
    if (this._frame !== null) cancelAnimationFrame(this._frame);
    if (this._timer !== null) clearTimeout(this._timer);
    this._frame = null;
    this._timer = null;
    const ids = this._ids;
    const structure = this._structure;
    this._ids = new Set();
    this._structure = false;
    this._flush(ids, structure);
  }
}
