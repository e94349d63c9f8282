#!/usr/bin/env bash
# Regenerates the demo HLS stream that every demo channel plays:
#   bash scripts/make-demo-stream.sh
# A 20 s moving test pattern (ffmpeg's testsrc2), 640×360 at 15 fps, cut into four
# 5 s VOD segments under public/demo/hls/, in two variants named by one
# multivariant playlist, channel.m3u8:
# - test-pattern.m3u8: H.264 Constrained Baseline level 3.0 + AAC-LC mono (a 1 kHz
#   tone) in MPEG-TS, what TVs and boxes decode in hardware (about 370 kB);
# - test-pattern-vp9.m3u8: VP9 profile 0 in fragmented MP4, no sound, for engines
#   built without H.264 and AAC (the open-source headless Chromium builds of the
#   engine matrix, docs/engines.md). hls.js drops a variant whose CODECS the engine's
#   MediaSource refuses and, once playing, never switches codec, so an engine with
#   H.264 plays the first variant and one without plays the second.
# Baseline at a low level because every TV and set-top box decoder plays it,
# down to the oldest engines in docs/engines.md. testsrc2's noisy checkerboard is
# costly to encode, so 15 fps, the slow preset and a capped rate keep the files
# a few hundred kB in git while the clock and frame counter stay readable.
# Beside them, bilingual.m3u8 (one demo channel, 演示中文国际): the H.264 variant with
# two alternate audio renditions (普通话 a 440 Hz tone, 粤语 a 660 Hz one, AAC in
# MPEG-TS) and a Chinese WebVTT subtitle rendition, for choosing the sound and the
# subtitles on live TV (bash scripts/make-demo-stream.sh --bilingual writes only these).
# And closed-captions.m3u8 (演示电影): the H.264 picture with closed captions in the
# video itself (SEI user data, as broadcast encoders put them): CEA-608 CC1 in English
# (608 carries Latin letters only) and a CEA-708 service 1 in Spanish (Latin-1), added
# by scripts/add-closed-captions.mjs; no second variant, as they ride in H.264 only
# (--captions writes only these).
# Needs ffmpeg with libx264 (Debian: apt-get install ffmpeg).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=public/demo/hls
DURATION=20
SEGMENT=5
FPS=15

command -v ffmpeg >/dev/null || { echo "make-demo-stream: ffmpeg is not installed" >&2; exit 1; }
mkdir -p "$OUT"

# The bilingual channel's own renditions; it shares test-pattern.m3u8 for its picture.
bilingual() {
  rm -f "$OUT"/bilingual.m3u8 "$OUT"/audio-*.m3u8 "$OUT"/audio-*.ts "$OUT"/subtitles-zh*
  local lang frequency
  for lang in zh:440 yue:660; do
    frequency=${lang#*:}
    lang=${lang%%:*}
    ffmpeg -hide_banner -loglevel error -nostdin \
      -f lavfi -i "sine=frequency=${frequency}:sample_rate=48000:duration=${DURATION}" \
      -c:a aac -b:a 32k -ac 1 -fflags +bitexact -flags:a +bitexact \
      -f hls -hls_time "$SEGMENT" -hls_playlist_type vod -hls_flags independent_segments \
      -hls_segment_filename "$OUT/audio-${lang}-%02d.ts" \
      "$OUT/audio-${lang}.m3u8"
  done
  # Cues on the stream's clock: MPEG-TS from ffmpeg starts at 1.4 s (126000 at 90 kHz).
  {
    printf '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:%s\n#EXT-X-MEDIA-SEQUENCE:0\n' "$SEGMENT"
    printf '#EXT-X-PLAYLIST-TYPE:VOD\n'
    for n in 0 1 2 3; do
      printf '#EXTINF:%s.000,\nsubtitles-zh-%02d.vtt\n' "$SEGMENT" "$n"
      printf 'WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000\n\n00:00:%02d.000 --> 00:00:%02d.000\n演示字幕：第 %d 段\n' \
        $((n * SEGMENT)) $((n * SEGMENT + SEGMENT)) $((n + 1)) > "$OUT/subtitles-zh-0${n}.vtt"
    done
    printf '#EXT-X-ENDLIST\n'
  } > "$OUT/subtitles-zh.m3u8"
  cat > "$OUT/bilingual.m3u8" <<'PLAYLIST'
#EXTM3U
#EXT-X-VERSION:6
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="普通话",LANGUAGE="zh",DEFAULT=YES,AUTOSELECT=YES,URI="audio-zh.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="粤语",LANGUAGE="yue",DEFAULT=NO,AUTOSELECT=YES,URI="audio-yue.m3u8"
#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="中文字幕",LANGUAGE="zh",DEFAULT=NO,AUTOSELECT=NO,URI="subtitles-zh.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=200000,RESOLUTION=640x360,FRAME-RATE=15.000,CODECS="avc1.42c01e,mp4a.40.2",AUDIO="aud",SUBTITLES="subs"
test-pattern.m3u8
PLAYLIST
}
# The captioned channel: the same picture encoded alone, its captions put in, then cut.
captions() {
  rm -f "$OUT"/closed-captions.m3u8 "$OUT"/captions*.m3u8 "$OUT"/captions-*.ts
  local work
  work=$(mktemp -d)
  ffmpeg -hide_banner -loglevel error -nostdin \
    -f lavfi -i "testsrc2=size=640x360:rate=${FPS}:duration=${DURATION}" \
    -c:v libx264 -profile:v baseline -level:v 3.0 -pix_fmt yuv420p -preset slow -threads 1 \
    -crf 34 -maxrate 90k -bufsize 180k \
    -g $((FPS * SEGMENT)) -keyint_min $((FPS * SEGMENT)) -sc_threshold 0 \
    -fflags +bitexact -flags:v +bitexact -f h264 "$work/plain.h264"
  node scripts/add-closed-captions.mjs "$work/plain.h264" "$work/captioned.h264" "$FPS" \
    "Demo captions, part 1" "Demo captions, part 2" "Demo captions, part 3" "Demo captions, part 4" \
    -- "Subtítulos de demostración, parte 1" "Subtítulos de demostración, parte 2" \
    "Subtítulos de demostración, parte 3" "Subtítulos de demostración, parte 4"
  ffmpeg -hide_banner -loglevel error -nostdin \
    -framerate "$FPS" -i "$work/captioned.h264" \
    -f lavfi -i "sine=frequency=1000:sample_rate=48000:duration=${DURATION}" \
    -map 0:v -map 1:a -c:v copy -c:a aac -b:a 32k -ac 1 -fflags +bitexact -flags:a +bitexact \
    -f hls -hls_time "$SEGMENT" -hls_playlist_type vod -hls_flags independent_segments \
    -hls_segment_filename "$OUT/captions-%02d.ts" \
    "$OUT/captions.m3u8"
  rm -rf "$work"
  cat > "$OUT/closed-captions.m3u8" <<'PLAYLIST'
#EXTM3U
#EXT-X-VERSION:6
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MEDIA:TYPE=CLOSED-CAPTIONS,GROUP-ID="cc",NAME="English CC",LANGUAGE="en",INSTREAM-ID="CC1",DEFAULT=NO,AUTOSELECT=NO
#EXT-X-MEDIA:TYPE=CLOSED-CAPTIONS,GROUP-ID="cc",NAME="Español",LANGUAGE="es",INSTREAM-ID="SERVICE1",DEFAULT=NO,AUTOSELECT=NO
#EXT-X-STREAM-INF:BANDWIDTH=160000,RESOLUTION=640x360,FRAME-RATE=15.000,CODECS="avc1.42c01e,mp4a.40.2",CLOSED-CAPTIONS="cc"
captions.m3u8
PLAYLIST
}
if [ "${1:-}" = "--captions" ]; then
  captions
  ls -l "$OUT"
  exit 0
fi
if [ "${1:-}" = "--bilingual" ]; then
  bilingual
  ls -l "$OUT"
  exit 0
fi
rm -f "$OUT"/channel.m3u8 "$OUT"/test-pattern*.m3u8 "$OUT"/test-pattern-*.ts \
  "$OUT"/test-pattern-vp9-*

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

# The VP9 variant: same pattern, same keyframe rhythm. libvpx in "good" mode with
# one thread and row-mt off decides the same way on every run; the rate is capped
# like the H.264 variant's so the files stay small.
ffmpeg -hide_banner -loglevel error -nostdin \
  -f lavfi -i "testsrc2=size=640x360:rate=${FPS}:duration=${DURATION}" \
  -c:v libvpx-vp9 -profile:v 0 -pix_fmt yuv420p -deadline good -cpu-used 2 \
  -threads 1 -row-mt 0 -crf 45 -b:v 90k -maxrate 90k -bufsize 180k \
  -g $((FPS * SEGMENT)) -keyint_min $((FPS * SEGMENT)) \
  -fflags +bitexact -flags:v +bitexact \
  -f hls -hls_time "$SEGMENT" -hls_playlist_type vod -hls_flags independent_segments \
  -hls_segment_type fmp4 -hls_fmp4_init_filename test-pattern-vp9-init.mp4 \
  -hls_segment_filename "$OUT/test-pattern-vp9-%02d.m4s" \
  "$OUT/test-pattern-vp9.m3u8"

# CODECS is what lets hls.js choose before it loads a segment: avc1.42c01e is
# Constrained Baseline 3.0, mp4a.40.2 AAC-LC, vp09.00.30.08 VP9 profile 0 level 3
# 8-bit. H.264 comes first: it is the variant a player starts on where it can.
cat > "$OUT/channel.m3u8" <<'PLAYLIST'
#EXTM3U
#EXT-X-VERSION:6
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-STREAM-INF:BANDWIDTH=160000,RESOLUTION=640x360,FRAME-RATE=15.000,CODECS="avc1.42c01e,mp4a.40.2"
test-pattern.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=160000,RESOLUTION=640x360,FRAME-RATE=15.000,CODECS="vp09.00.30.08"
test-pattern-vp9.m3u8
PLAYLIST

bilingual
captions

echo "make-demo-stream: wrote $OUT"
ls -l "$OUT"
