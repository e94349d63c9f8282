import { describe, expect, it } from 'vitest';
import { normaliseProgrammes, OPEN_STOP_MS } from '@src/data/guide/programme-normaliser.js';
import type { Programme } from '@src/data/guide/guide-types.js';

const H = 3_600_000;
const T0 = Date.UTC(2025, 2, 1, 12);

function p(title: string, start: number, stop = NaN, channelId = 'c'): Programme {
  return { channelId, start, stop, title };
}

/** Title [start, stop) in hours from T0, for readable expectations. */
function timeline(programmes: Programme[]): string[] {
  return programmes.map(
    (x) => `${x.channelId}:${x.title} ${(x.start - T0) / H}-${(x.stop - T0) / H}`,
  );
}

describe('normaliseProgrammes', () => {
  it('gives a missing stop the next start on the channel, and the last one a nominal hour', () => {
    const result = normaliseProgrammes([p('A', T0), p('B', T0 + 2 * H), p('C', T0 + 3 * H)]);

    expect(timeline(result.programmes)).toEqual(['c:A 0-2', 'c:B 2-3', 'c:C 3-4']);
    expect(OPEN_STOP_MS).toBe(H);
  });

  it('treats a stop before the start as missing', () => {
    const result = normaliseProgrammes([p('A', T0, T0 - H), p('B', T0 + H, T0 + 2 * H)]);

    expect(timeline(result.programmes)).toEqual(['c:A 0-1', 'c:B 1-2']);
  });

  it('sorts each channel by start and keeps channels apart', () => {
    const result = normaliseProgrammes([
      p('B', T0 + H, T0 + 2 * H),
      p('X', T0, T0 + 5 * H, 'd'),
      p('A', T0, T0 + H),
    ]);

    expect(timeline(result.programmes)).toEqual(['c:A 0-1', 'c:B 1-2', 'd:X 0-5']);
  });

  it('clips an overlapping programme to end when the next one starts', () => {
    const result = normaliseProgrammes([p('Long', T0, T0 + 3 * H), p('News', T0 + H, T0 + 2 * H)]);

    // The earlier one ends early; the gap after News stays a gap.
    expect(timeline(result.programmes)).toEqual(['c:Long 0-1', 'c:News 1-2']);
  });

  it('lets the later of two programmes with the same start win', () => {
    const result = normaliseProgrammes([p('Old', T0, T0 + H), p('Correction', T0, T0 + H)]);

    expect(timeline(result.programmes)).toEqual(['c:Correction 0-1']);
    expect(result.empty).toBe(1);
  });

  it('removes zero-length programmes without letting them cut another one short', () => {
    const result = normaliseProgrammes([
      p('Zero', T0, T0),
      p('Hour', T0, T0 + H),
      p('Zero in the middle', T0 + H / 2, T0 + H / 2),
    ]);

    expect(timeline(result.programmes)).toEqual(['c:Hour 0-1']);
    expect(result.empty).toBe(2);
  });

  it('drops and counts programmes with no usable start or channel', () => {
    const result = normaliseProgrammes([p('A', T0, T0 + H), p('B', NaN), p('C', T0, T0 + H, '')]);

    expect(timeline(result.programmes)).toEqual(['c:A 0-1']);
    expect(result).toMatchObject({ dropped: 2, empty: 0 });
  });

  it('leaves the input untouched', () => {
    const input = [p('A', T0), p('B', T0 + H)];

    normaliseProgrammes(input);

    expect(input[0]!.stop).toBeNaN();
  });
});
