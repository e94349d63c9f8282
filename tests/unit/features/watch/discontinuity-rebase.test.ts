import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { liveMediaPlaylist } from '@src/demo/channels/live-stream.js';
import { DiscontinuityRebase } from '@src/features/watch/discontinuity-rebase.js';

const sequenceOf = (playlist: string) =>
  Number(/#EXT-X-DISCONTINUITY-SEQUENCE:(\d+)/.exec(playlist)?.[1] ?? NaN);

describe('discontinuity numbers hls.js indexes an array by', () => {
  it('are small for the demo live stream, whose server counts five-second slots since 1970', () => {
    const rebase = new DiscontinuityRebase();
    const now = Date.parse('2026-12-08T04:40:00Z');
    const first = liveMediaPlaylist(now, 'h264');
    expect(sequenceOf(first)).toBeGreaterThan(80_000_000);
    const shifted = rebase.rewrite(first);
    expect(sequenceOf(shifted)).toBeLessThanOrEqual(1_000);
    // Only that line changes: the segments and their discontinuities are as served.
    const withoutIt = (text: string) => text.replace(/DISCONTINUITY-SEQUENCE:\d+/, '');
    expect(withoutIt(shifted)).toBe(withoutIt(first));
    // A day of reloads later, and the other variant: the same offset, so the same steps.
    const later = liveMediaPlaylist(now + 86_400_000, 'vp9');
    expect(sequenceOf(rebase.rewrite(later)) - sequenceOf(shifted)).toBe(
      sequenceOf(later) - sequenceOf(first),
    );
    expect(sequenceOf(rebase.rewrite(later))).toBeLessThan(6_000);
  });

  it('keep the order and the gaps of every number a stream sends after its first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.array(fc.integer({ min: -999, max: 100_000 }), { minLength: 1, maxLength: 20 }),
        (start, steps) => {
          const rebase = new DiscontinuityRebase();
          const playlist = (n: number) =>
            `#EXTM3U\n#EXT-X-DISCONTINUITY-SEQUENCE:${n}\n#EXTINF:5.000,\na.ts\n`;
          const base = sequenceOf(rebase.rewrite(playlist(start)));
          expect(base).toBeLessThanOrEqual(Math.min(start, 1_000));
          for (const step of steps) {
            const sent = Math.max(0, start + step);
            expect(sequenceOf(rebase.rewrite(playlist(sent))) - base).toBe(sent - start);
          }
        },
      ),
    );
  });

  it('leave small numbers, playlists without the tag, and a server that starts counting again', () => {
    const rebase = new DiscontinuityRebase();
    const small = '#EXTM3U\n#EXT-X-DISCONTINUITY-SEQUENCE:7\n';
    expect(rebase.rewrite(small)).toBe(small);
    const none = '#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:88000000\n';
    expect(rebase.rewrite(none)).toBe(none);

    const big = new DiscontinuityRebase();
    expect(sequenceOf(big.rewrite('#EXT-X-DISCONTINUITY-SEQUENCE:500000\n'))).toBe(1_000);
    expect(big.rewrite('#EXT-X-DISCONTINUITY-SEQUENCE:3\n')).toBe(
      '#EXT-X-DISCONTINUITY-SEQUENCE:3\n',
    );
  });
});
