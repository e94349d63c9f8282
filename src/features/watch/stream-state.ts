/**
 * What the household does to the stream playing, and hears of it: its sound
 * track and subtitles (track-choice.ts), pausing and time shift
 * (time-shift.ts), and sound held back until a key press (the engine refused
 * to start it). Each shows on the channel banner (`tags`, `mutedHint`);
 * `changed` asks for the banner to be drawn again (`always`: even if hidden).
 */
import type { LivePlayer } from './live-player.js';
import { TimeShift, type ShiftAction } from './time-shift.js';
import { TrackChoice } from './track-choice.js';

export type StreamPlayer = Pick<
  LivePlayer,
  | 'tracks'
  | 'chooseAudio'
  | 'chooseSubtitles'
  | 'shiftState'
  | 'householdPaused'
  | 'pauseForHousehold'
  | 'resumeForHousehold'
  | 'seekTo'
  | 'addEventListener'
>;

export class StreamState {
  /** Sound was refused before a key press: the banner says how to turn it on. */
  mutedHint = false;
  private readonly _tracks: TrackChoice;
  private readonly _shift: TimeShift;

  constructor(
    player: StreamPlayer,
    private readonly _channelKey: () => string,
    changed: (always: boolean) => void,
  ) {
    this._tracks = new TrackChoice(player);
    this._shift = new TimeShift(player);
    player.addEventListener('tracks', () => {
      this._tracks.restore(this._channelKey());
      changed(false);
    });
    player.addEventListener('muted-autoplay', () => {
      this.mutedHint = true;
      changed(true);
    });
    player.addEventListener('unmuted', () => {
      this.mutedHint = false;
      changed(false);
    });
  }

  /** Green ('audio') or Blue ('subtitles'); returns what to say. */
  nextTrack(kind: 'audio' | 'subtitles'): string {
    const key = this._channelKey();
    return kind === 'audio' ? this._tracks.nextAudio(key) : this._tracks.nextSubtitles(key);
  }

  /** Pause, Play, Play/Pause or Fast-forward; returns what to say. */
  timeShift(action: ShiftAction): string {
    return this._shift.act(action);
  }

  tags(): string[] {
    return [...this._tracks.tags(), ...this._shift.tags()];
  }
}
