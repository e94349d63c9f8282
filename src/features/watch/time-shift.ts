/**
 * Pausing live TV (时移) where the stream allows it: Pause holds the picture,
 * Play resumes behind live and says by how much, Fast-forward jumps back to
 * live. A live stream's window (its playlist's span, kept by the server) is
 * how far behind it can go: one too short to be of use is said so instead of
 * doing nothing, and a pause longer than the window comes back at live, said
 * so too. A recording (catch-up, a finite stream) simply pauses and plays.
 */
import { msg, str } from '@lit/localize';

/** A window shorter than this is no use for a pause: the household is told. */
export const MIN_WINDOW_SECONDS = 30;
/** Behind live by less than this counts as live (the player keeps a few seconds back anyway). */
const NEAR_LIVE_SECONDS = 20;

/** Where playback is in the stream, in media seconds. */
export interface ShiftState {
  live: boolean;
  /** The oldest moment the window still holds, and the live edge. */
  windowStart: number;
  edge: number;
  /** Where a player joining now would start (hls.js's live sync position). */
  liveSync: number;
  position: number;
}

export type ShiftAction = 'toggle' | 'pause' | 'play' | 'live';

/** What the player offers for time shift. */
export interface ShiftPlayer {
  /** Null while nothing plays (a locked channel, a dead stream). */
  readonly shiftState: ShiftState | null;
  readonly householdPaused: boolean;
  pauseForHousehold(): void;
  resumeForHousehold(): void;
  seekTo(seconds: number): void;
}

export class TimeShift {
  constructor(private readonly _player: ShiftPlayer) {}

  /** Pause, play, or back to live; returns what to say ('' for nothing). */
  act(action: ShiftAction): string {
    const player = this._player;
    const state = player.shiftState;
    if (!state) return '';
    if (action === 'live') return this._toLive(state);
    const pause = action === 'pause' || (action === 'toggle' && !player.householdPaused);
    if (pause) {
      if (player.householdPaused) return pausedWords();
      if (state.live && state.edge - state.windowStart < MIN_WINDOW_SECONDS) {
        return msg('这个频道不能暂停直播', { id: 'watch.shift.cannot' });
      }
      player.pauseForHousehold();
      return pausedWords();
    }
    if (!player.householdPaused) return '';
    player.resumeForHousehold();
    if (!state.live) return msg('继续播放', { id: 'watch.shift.resumed' });
    if (state.position < state.windowStart) {
      player.seekTo(state.liveSync);
      return msg('暂停太久，已回到直播', { id: 'watch.shift.tooLong' });
    }
    return msg(str`继续播放，比直播晚 ${spoken(state.edge - state.position)}`, {
      id: 'watch.shift.behind',
    });
  }

  /** For the banner: paused, or how far behind live. */
  tags(): string[] {
    const state = this._player.shiftState;
    if (!state) return [];
    if (this._player.householdPaused) return [msg('已暂停', { id: 'watch.shift.pausedTag' })];
    const behind = state.edge - state.position;
    if (!state.live || behind < NEAR_LIVE_SECONDS) return [];
    return [msg(str`比直播晚 ${spoken(behind)}`, { id: 'watch.shift.behindTag' })];
  }

  private _toLive(state: ShiftState): string {
    if (!state.live) return '';
    this._player.seekTo(state.liveSync);
    if (this._player.householdPaused) this._player.resumeForHousehold();
    return msg('回到直播', { id: 'watch.shift.live' });
  }
}

function pausedWords(): string {
  return msg('已暂停。按播放键继续，按快进键回到直播', { id: 'watch.shift.paused' });
}

/** "45 秒", "2 分 5 秒". */
function spoken(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return msg(str`${rest} 秒`, { id: 'watch.shift.seconds' });
  return rest === 0
    ? msg(str`${minutes} 分钟`, { id: 'watch.shift.minutes' })
    : msg(str`${minutes} 分 ${rest} 秒`, { id: 'watch.shift.minutesSeconds' });
}
