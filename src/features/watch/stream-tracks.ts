/**
 * The sound tracks and subtitles a stream offers, as hls.js reads them from the
 * multivariant playlist (EXT-X-MEDIA TYPE=AUDIO / SUBTITLES), and choosing
 * among them. Subtitles are drawn by the engine in the <video> itself (hls.js
 * turns the WebVTT segments into a text track), sized by the household's text
 * size through `::cue` (watch-screen-styles.ts).
 */
import type Hls from 'hls.js';

export interface StreamTrack {
  /** Its index in hls.js's list. */
  id: number;
  /** What the playlist calls it ("粤语"), else its language, else a number. */
  name: string;
}

export interface StreamTracks {
  audio: StreamTrack[];
  subtitles: StreamTrack[];
  /** The sound playing (-1 while unknown). */
  audioId: number;
  /** The subtitles shown, -1 for none. */
  subtitleId: number;
}

export const NO_TRACKS: StreamTracks = { audio: [], subtitles: [], audioId: -1, subtitleId: -1 };

const named = (list: readonly { name?: string; lang?: string }[]): StreamTrack[] =>
  list.map((track, id) => ({ id, name: track.name || track.lang || String(id + 1) }));

export function tracksOf(hls: Hls | null): StreamTracks {
  if (!hls) return NO_TRACKS;
  return {
    audio: named(hls.audioTracks),
    subtitles: named(hls.subtitleTracks),
    audioId: hls.audioTrack,
    subtitleId: hls.subtitleDisplay ? hls.subtitleTrack : -1,
  };
}

export function chooseAudio(hls: Hls | null, id: number): void {
  if (hls && id >= 0 && id < hls.audioTracks.length) hls.audioTrack = id;
}

/** Show subtitles track `id`, or none for -1. */
export function chooseSubtitles(hls: Hls | null, id: number): void {
  if (!hls) return;
  const shown = id >= 0 && id < hls.subtitleTracks.length;
  hls.subtitleTrack = shown ? id : -1;
  hls.subtitleDisplay = shown;
}
