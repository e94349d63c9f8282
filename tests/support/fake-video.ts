/**
 * Just enough of a <video> for live TV's player in unit tests: what it sets and
 * asks. `refuseSoundBeforeKey` makes play() with sound wait for
 * `pendingRefusal()`, then reject as engines do before the first key press.
 */
export class FakeVideo extends EventTarget {
  muted = false;
  paused = true;
  src = '';
  /** Where closed captions would appear (none here; a test's subclass may give some). */
  textTracks: EventTarget = new EventTarget();
  plays = 0;
  pendingRefusal: (() => void) | null = null;

  constructor(private readonly _refuseSoundBeforeKey = false) {
    super();
  }

  play(): Promise<void> {
    this.plays++;
    if (this._refuseSoundBeforeKey && !this.muted) {
      return new Promise((_resolve, reject) => {
        this.pendingRefusal = () => reject(new DOMException('no sound yet', 'NotAllowedError'));
      });
    }
    this.paused = false;
    return Promise.resolve();
  }
  pause(): void {
    this.paused = true;
  }
  removeAttribute(name: string): void {
    if (name === 'src') this.src = '';
  }
  load(): void {}
  canPlayType(_type?: string): string {
    return '';
  }
}
