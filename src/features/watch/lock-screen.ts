/**
 * Live TV's side of the channel lock (频道锁): whether the channel on is
 * locked, its lock card in place of the picture (the player stopped, so the
 * `<video>` has no source: no frame, no sound), and following the lock as it
 * changes: the PIN given, standby, or four hours gone by.
 */
import type { ChannelLocks } from '../../data/channel-lock/channel-locks.js';
import type { Channel } from '../../data/channels/channel-types.js';
import type { RadioStill } from './lightning/radio-still.js';
import type { LivePlayer } from './live-player.js';
import { lockedCaption } from './locked-channel.js';

export interface LockScreenParts {
  channels: readonly Channel[];
  player: Pick<LivePlayer, 'stop'>;
  still: Pick<RadioStill, 'show'>;
  /** The index of the channel on. */
  current: () => number;
  /** Tune the channel on again, so it follows a change of the lock. */
  retune: () => void;
}

export class LockScreen {
  /** The channel on is locked: its card shows, and nothing plays. */
  shown = false;

  constructor(
    private readonly _locks: ChannelLocks,
    private readonly _o: LockScreenParts,
  ) {
    _locks.addEventListener('change', this._follow);
  }

  isLocked(index: number): boolean {
    const channel = this._o.channels[index];
    return channel !== undefined && this._locks.isLocked(channel);
  }

  /** Playing a channel that locked since (four hours after the PIN): time to show the card. */
  get lapsed(): boolean {
    return !this.shown && this.isLocked(this._o.current());
  }

  /** Its name and how to unlock it, instead of the picture. */
  show(channel: Channel): void {
    this.shown = true;
    this._o.player.stop();
    this._o.still.show(channel.name, lockedCaption(), undefined);
  }

  /** The PIN was given: locked channels play until standby or four hours. */
  unlock(): void {
    this._locks.unlock();
  }

  dispose(): void {
    this._locks.removeEventListener('change', this._follow);
  }

  private _follow = () => {
    if (this.shown !== this.isLocked(this._o.current())) this._o.retune();
  };
}
