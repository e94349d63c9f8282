/**
 * Live TV's side of the channel lock (频道锁): whether the channel on is
 * locked (its channel or group, or the programme on now by its rating), its
 * lock card in place of the picture (the player stopped, so the `<video>` has
 * no source: no frame, no sound), and following the lock as it changes: the
 * PIN given, standby, four hours gone by, or a rated programme starting or
 * ending (a timer at the end of the programme on, and the screen's tick).
 */
import type { ChannelLocks } from '../../data/channel-lock/channel-locks.js';
import type { Channel } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import type { RadioStill } from './lightning/radio-still.js';
import type { LivePlayer } from './live-player.js';
import { lockedCaption, ratedCaption } from './locked-channel.js';

export interface LockScreenParts {
  channels: readonly Channel[];
  player: Pick<LivePlayer, 'stop'>;
  still: Pick<RadioStill, 'show'>;
  /** The index of the channel on. */
  current: () => number;
  /** Tune the channel on again, so it follows a change of the lock. */
  retune: () => void;
  /** What is on the channel now, as the guide has it (titles and rating). */
  onAir: (index: number) => Programme | undefined;
  /** A programme is replayed (catch-up): only its channel's own lock applies then. */
  replaying: () => boolean;
  now: () => number;
}

/** The longest wait for a programme's end before looking again (timers drift over hours). */
const LONGEST_WAIT_MS = 3600_000;
/** Looked at a little after the programme's end, so the next one is on. */
const PAST_THE_END_MS = 500;

export class LockScreen {
  /** The channel on is locked: its card shows, and nothing plays. */
  shown = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly _locks: ChannelLocks,
    private readonly _o: LockScreenParts,
  ) {
    _locks.addEventListener('change', this._follow);
  }

  /** Locked now: its channel or group, or the programme on by its rating. */
  isLocked(index: number): boolean {
    if (this.channelLocked(index)) return true;
    // The guide is asked only where ratings lock anything: a zap costs nothing more.
    return this._locks.ratingAge !== null && this._locks.programmeLocked(this._o.onAir(index));
  }

  /** Locked now by the channel's own lock or its group's, whatever is on. */
  channelLocked(index: number): boolean {
    const channel = this._o.channels[index];
    return channel !== undefined && this._locks.isLocked(channel);
  }

  /**
   * The card and the lock disagree: a channel that locked since (four hours after
   * the PIN, a rated programme begun) or unlocked (a rated programme over).
   */
  get stale(): boolean {
    const index = this._o.current();
    if (this._o.replaying()) return !this.shown && this.channelLocked(index);
    return this.shown !== this.isLocked(index);
  }

  /**
   * Looks again when the programme on ends, where ratings lock programmes: the
   * next one may be rated, or the rated one over. Called after every tune.
   */
  watchProgrammeEnd(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    if (this._locks.ratingAge === null || this._o.replaying()) return;
    const on = this._o.onAir(this._o.current());
    const wait = on ? on.stop - this._o.now() : NaN;
    if (!(wait > 0)) return;
    this._timer = setTimeout(
      () => {
        if (this.stale) this._o.retune();
        else this.watchProgrammeEnd();
      },
      Math.min(wait + PAST_THE_END_MS, LONGEST_WAIT_MS),
    );
  }

  /** Its name and how to unlock it, instead of the picture. */
  show(channel: Channel): void {
    this.shown = true;
    this._o.player.stop();
    const index = this._o.channels.indexOf(channel);
    const caption = this.channelLocked(index) ? lockedCaption() : ratedCaption();
    this._o.still.show(channel.name, caption, undefined);
  }

  /** The PIN was given: locked channels play until standby or four hours. */
  unlock(): void {
    this._locks.unlock();
  }

  dispose(): void {
    clearTimeout(this._timer);
    this._locks.removeEventListener('change', this._follow);
  }

  private _follow = () => {
    if (this.stale) this._o.retune();
    else this.watchProgrammeEnd();
  };
}
