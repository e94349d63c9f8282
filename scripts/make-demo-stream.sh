#!/usr/bin/env bash
# Regenerates the demo HLS stream that every demo channel plays:
#   bash scripts/make-demo-stream.sh
# A 20 s moving test pattern (ffmpeg's testsrc2) with a 1 kHz tone, 640×360 at
# 15 fps, H.264 Constrained Baseline level 3.0 + AAC-LC mono, cut into four 5 s
# VOD segments under public/demo/hls/ (about 370 kB in all).
# Baseline at a low level because every TV and set-top box decoder plays it,
# down to the oldest engines in docs/engines.md. testsrc2's noisy checkerboard is
# costly to encode, so 15 fps, the slow preset and a capped rate keep the files
# a few hundred kB in git while the clock and frame counter stay readable.
# Needs ffmpeg with libx264 (Debian: apt-get install ffmpeg).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=public/demo/hls
DURATION=20
SEGMENT=5
FPS=15

command -v ffmpeg >/dev/null || { echo "make-demo-stream: ffmpeg is not installed" >&2; exit 1; }
mkdir -p "$OUT"
rm -f "$OUT"/test-pattern.m3u8 "$OUT"/test-pattern-*.ts

# One keyframe per segment with scene-cut detection off, so every boundary falls
# on a keyframe and all segments last exactly SEGMENT seconds (one keyframe per
# segment rather than more: keyframes of this pattern are the costliest frames).
# -bitexact keeps version strings out and -threads 1 keeps x264's frame threads
# from changing its decisions, so a rerun with the same ffmpeg writes the same bytes.
ffmpeg -hide_banner -loglevel error -nostdin \
  -f lavfi -i "testsrc2=size=640x360:rate=${FPS}:duration=${DURATION}" \
  -f lavfi -i "sine=frequency=1000:sample_rate=48000:duration=${DURATION}" \
  -map 0:v -map 1:a \
  -c:v libx264 -profile:v baseline -level:v 3.0 -pix_fmt yuv420p -preset slow -threads 1 \
  -crf 34 -maxrate 90k -bufsize 180k \
  -g $((FPS * SEGMENT)) -keyint_min $((FPS * SEGMENT)) -sc_threshold 0 \
  -c:a aac -b:a 32k -ac 1 \
  -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -f hls -hls_time "$SEGMENT" -hls_playlist_type vod -hls_flags independent_segments \
  -hls_segment_filename "$OUT/test-pattern-%02d.ts" \
  "$OUT/test-pattern.m3u8"

echo "make-demo-stream: wrote $OUT"
ls -l "$OUT"
