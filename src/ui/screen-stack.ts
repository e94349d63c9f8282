/**
 * The screens inside one area's route, as a stack: opening a screen pushes it,
 * Back pops one, and only at the first screen does Back go on to the shell
 * (which leaves the area). Health, 电视办 and 社区 each keep one, so the remote
 * steps back through every area the way it came.
 *
 * Focus comes back to where it was: `push(next, returnKey)` stamps the screen
 * being left with the key of the item that opened `next`, and when Back comes
 * back to that screen, `returnKey` names the item the host gives focus to.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HearthKeyEvent } from '../focus/key-input.js';

export interface ScreenStackOptions<T> {
  /**
   * Back, before the stack pops: return true when the host dealt with Back
   * itself (an error shown over a screen goes first).
   */
  back?: () => boolean;
  /** Runs before `leaving` is popped and may wait (a form writes its draft). */
  beforePop?: (leaving: T) => Promise<void> | void;
  /** After every change, with the screen now on top. */
  changed?: (top: T) => void;
}

type Host = ReactiveControllerHost & EventTarget;

/** `T` is the host's own description of a screen; the stack adds `returnKey` to it. */
export class ScreenStack<T extends object> implements ReactiveController {
  private _screens: readonly T[];

  constructor(
    private readonly _host: Host,
    first: readonly T[],
    private readonly _options: ScreenStackOptions<T> = {},
  ) {
    this._screens = first;
    _host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('hearth-key', this._onKey as EventListener);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('hearth-key', this._onKey as EventListener);
  }

  get top(): T | undefined {
    return this._screens[this._screens.length - 1];
  }

  get depth(): number {
    return this._screens.length;
  }

  get screens(): readonly T[] {
    return this._screens;
  }

  /** The item focus returns to on the top screen: the one that opened the screen above, popped. */
  get returnKey(): string | undefined {
    const top: { returnKey?: string } | undefined = this.top;
    return top?.returnKey;
  }

  /** Opens `screen` on top; focus returns to `returnKey` when Back comes back here. */
  push(screen: T, returnKey?: string): void {
    const below = this._screens.map((entry, index) =>
      index === this._screens.length - 1 && returnKey !== undefined
        ? { ...entry, returnKey }
        : entry,
    );
    this.replace([...below, screen]);
  }

  /** Swaps the top screen for `screen` (a week turned, a reason picked). */
  replaceTop(screen: T): void {
    this.replace([...this._screens.slice(0, -1), screen]);
  }

  /** A new stack (after a booking: the menu, then my appointments). */
  replace(screens: readonly T[]): void {
    this._screens = screens;
    this._host.requestUpdate();
    const top = this.top;
    if (top) this._options.changed?.(top);
  }

  /** One screen back; false at the first screen, where Back belongs to the shell. */
  async pop(): Promise<boolean> {
    const leaving = this.top;
    if (!leaving || this._screens.length <= 1) return false;
    await this._options.beforePop?.(leaving);
    // The stack may have changed while the host got ready to leave.
    if (this.top !== leaving) return true;
    this.replace(this._screens.slice(0, -1));
    return true;
  }

  private _onKey = (event: HearthKeyEvent) => {
    if (event.detail.key !== 'Back' || event.defaultPrevented) return;
    if (this._options.back?.()) {
      event.preventDefault();
      return;
    }
    if (this._screens.length <= 1) return;
    event.preventDefault();
    void this.pop();
  };
}
