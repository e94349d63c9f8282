/**
 * A live stream with a time-shift window, for the demo's 演示体育: the test
 * pattern's four 5 s segments repeated on the wall clock, a new segment every
 * 5 s, each playlist listing the last two minutes, so live TV can be paused
 * and resumed behind live (and its window runs out, as a real one does).
 *
 * Each loop of the pattern starts its timestamps again, so the segment that
 * starts a loop carries EXT-X-DISCONTINUITY, and EXT-X-DISCONTINUITY-SEQUENCE
 * counts the ones that have slid out of the window.
 */
export const LIVE_SEGMENT_SECONDS = 5;
/** Two minutes of time shift: enough to pause for the door, short enough to run out. */
export const LIVE_WINDOW_SEGMENTS = 24;
/** Segments in one loop of the test pattern (public/demo/hls). */
const LOOP = 4;

export type LiveVariant = 'h264' | 'vp9';

/** The multivariant playlist: the same two variants as the recorded stream. */
export function liveMaster(mediaUrl: (variant: LiveVariant) => string): string {
  return [
    '#EXTM3U',
    '#EXT-X-VERSION:6',
    '#EXT-X-INDEPENDENT-SEGMENTS',
    '#EXT-X-STREAM-INF:BANDWIDTH=160000,RESOLUTION=640x360,FRAME-RATE=15.000,CODECS="avc1.42c01e,mp4a.40.2"',
    mediaUrl('h264'),
    '#EXT-X-STREAM-INF:BANDWIDTH=160000,RESOLUTION=640x360,FRAME-RATE=15.000,CODECS="vp09.00.30.08"',
    mediaUrl('vp9'),
    '',
  ].join('\n');
}

/** The window of segments on air at `now` (ms since the epoch), newest last. */
export function liveMediaPlaylist(now: number, variant: LiveVariant): string {
  // Segment n is "recorded" over [5n, 5n + 5) s; the newest listed is the last whole one.
  const last = Math.floor(now / 1000 / LIVE_SEGMENT_SECONDS) - 1;
  const first = last - LIVE_WINDOW_SEGMENTS + 1;
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:6',
    `#EXT-X-TARGETDURATION:${LIVE_SEGMENT_SECONDS}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${Math.floor(first / LOOP)}`,
    '#EXT-X-INDEPENDENT-SEGMENTS',
  ];
  if (variant === 'vp9') lines.push('#EXT-X-MAP:URI="/demo/hls/test-pattern-vp9-init.mp4"');
  for (let n = first; n <= last; n++) {
    if (n % LOOP === 0 && n !== first) lines.push('#EXT-X-DISCONTINUITY');
    const part = String(n % LOOP).padStart(2, '0');
    lines.push(
      `#EXTINF:${LIVE_SEGMENT_SECONDS}.000,`,
      variant === 'vp9'
        ? `/demo/hls/test-pattern-vp9-${part}.m4s`
        : `/demo/hls/test-pattern-${part}.ts`,
    );
  }
  return `${lines.join('\n')}\n`;
}
