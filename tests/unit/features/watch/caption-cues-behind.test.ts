import { describe, expect, it } from 'vitest';
import { cuesBehind } from '@src/features/watch/caption-cues-behind.js';

const cue = (name: string, startTime: number, endTime: number) => ({ name, startTime, endTime });
const names = (cues: { name: string }[]) => cues.map((c) => c.name);

describe('caption cues a live stream has left behind', () => {
  const cues = [
    cue('flushed', 0, 5),
    cue('edge of the flush', 5, 10.5),
    cue('held, behind the picture', 12, 14),
    cue('showing', 14, 18),
    cue('open', 18, 18 + 86_400),
  ];

  it('are those that ended before the picture and whose pictures the video no longer holds', () => {
    expect(names(cuesBehind(cues, [[10, 40]], 16))).toEqual(['flushed']);
  });

  it('keep a cue that reaches into what is held (a fragment half flushed)', () => {
    expect(names(cuesBehind(cues, [[10.4, 40]], 16))).toEqual(['flushed']);
  });

  it('keep every cue while the video still holds it: pausing live and going back shows them', () => {
    expect(cuesBehind(cues, [[0, 40]], 16)).toEqual([]);
  });

  it('never drop the words on screen or to come, even with nothing held (a stall)', () => {
    expect(names(cuesBehind(cues, [], 16))).toEqual([
      'flushed',
      'edge of the flush',
      'held, behind the picture',
    ]);
  });

  it('hold across the gaps of several ranges', () => {
    expect(
      names(
        cuesBehind(
          cues,
          [
            [0, 4],
            [13, 40],
          ],
          16,
        ),
      ),
    ).toEqual(['edge of the flush']);
  });
});
