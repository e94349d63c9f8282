/**
 * The remote's keys while an alarm or a severe warning holds the screen.
 * Nothing leaves it but OK (arrows may move to OK). And an OK pressed before
 * the household can have seen it, under UNSEEN_MS after it appeared, does
 * nothing: that press was meant for the screen it now covers, the remote still
 * in hand (the focus moves onto the alarm's OK within a frame of it showing),
 * and it would have silenced an alarm nobody had read.
 */
import type { HearthKeyEvent } from '../focus/key-input.js';

/** Quicker than anyone reads a warning and decides to answer it. */
export const UNSEEN_MS = 500;

export class AlarmKeys {
  private _shownAt = -Infinity;

  /** A new alarm or warning is on screen from now. */
  shown(): void {
    this._shownAt = performance.now();
  }

  /** The hearth-key listener of the alarm's dialog. */
  readonly onKey = (event: HearthKeyEvent): void => {
    const key = event.detail.key;
    const moves = key === 'Left' || key === 'Right' || key === 'Up' || key === 'Down';
    const answers = key === 'Ok' && performance.now() - this._shownAt >= UNSEEN_MS;
    if (!moves && !answers) event.preventDefault();
  };
}
