/**
 * Which decoded caption cues a live stream has left behind: those that ended
 * before the picture's time and lie in no range the video still holds. Each
 * caption change adds a cue, so hours of viewing would pile them up; a cue whose
 * pictures are gone can never show again unless its fragment is loaded anew, and
 * then the decoder makes it afresh. A cue still in the buffer stays, so pausing
 * live and going back within the buffer keeps its captions.
 */

export interface TimedCue {
  startTime: number;
  endTime: number;
}

/** [start, end) spans in seconds, as a `TimeRanges` lists them. */
export type HeldRanges = ReadonlyArray<readonly [number, number]>;

export function cuesBehind<Cue extends TimedCue>(
  cues: Iterable<Cue>,
  held: HeldRanges,
  now: number,
): Cue[] {
  const behind: Cue[] = [];
  for (const cue of cues) {
    if (cue.endTime >= now) continue;
    const stillHeld = held.some(([start, end]) => cue.startTime < end && cue.endTime > start);
    if (!stillHeld) behind.push(cue);
  }
  return behind;
}

/** A `TimeRanges` as spans. */
export function heldRanges(ranges: TimeRanges): HeldRanges {
  const spans: [number, number][] = [];
  for (let i = 0; i < ranges.length; i++) spans.push([ranges.start(i), ranges.end(i)]);
  return spans;
}
