/**
 * The sound tracks and subtitles a stream offers, as hls.js reads them from the
 * multivariant playlist (EXT-X-MEDIA TYPE=AUDIO / SUBTITLES), then the closed
 * captions carried in the video itself (CEA-608, which hls.js turns into
 * 'captions' text tracks of the <video> as they arrive, and CEA-708, which
 * digital-captions.ts does), and choosing among them. Subtitles and captions are drawn by the engine in the <video> (hls.js
 * turns the WebVTT segments and the 608 data into text tracks), sized by the
 * household's text size through `::cue` (watch-screen-styles.ts).
 */
import type Hls from 'hls.js';

export interface StreamTrack {
  /** Its index in hls.js's list; captions come after hls.js's subtitles (captionId). */
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

/**
 * The closed captions found in the video (608 and 708), as text tracks of the
 * <video>: kind 'captions', and not one of its playlist subtitles (a subtitles
 * rendition marked as transcribing dialogue gets that kind too, under its name).
 */
function captionTracks(hls: Hls, video: HTMLVideoElement | null): TextTrack[] {
  if (!video) return [];
  const subtitleNames = new Set(hls.subtitleTracks.map((track) => track.name));
  return Array.prototype.filter.call(
    video.textTracks,
    (track: TextTrack) => track.kind === 'captions' && !subtitleNames.has(track.label),
  ) as TextTrack[];
}

/** A caption track's name: its label, else its language, else its place. */
const captionName = (track: TextTrack, i: number) => track.label || track.language || `CC${i + 1}`;

/**
 * The captions to offer, by name, in an order that does not change as they
 * arrive: those the playlist declares (EXT-X-MEDIA TYPE=CLOSED-CAPTIONS, 608
 * then 708), whether their data has come or not, then any the video brought
 * undeclared. One chosen before its data comes is shown when its track
 * appears: the player says 'tracks' then, and the remembered choice is made again.
 */
function captionNames(present: readonly TextTrack[], declared: readonly string[]): string[] {
  const brought = present.map(captionName).filter((name) => !declared.includes(name));
  return [...declared, ...brought];
}

export function tracksOf(
  hls: Hls | null,
  video: HTMLVideoElement | null = null,
  declaredCaptions: readonly string[] = [],
): StreamTracks {
  if (!hls) return NO_TRACKS;
  const subtitles = named(hls.subtitleTracks);
  const present = captionTracks(hls, video);
  const captions = captionNames(present, declaredCaptions);
  const shown = present.findIndex((track) => track.mode === 'showing');
  const shownCaption =
    shown >= 0 ? captions.indexOf(captionName(present[shown] as TextTrack, shown)) : -1;
  return {
    audio: named(hls.audioTracks),
    subtitles: [...subtitles, ...captions.map((name, i) => ({ id: subtitles.length + i, name }))],
    audioId: hls.audioTrack,
    subtitleId:
      shownCaption >= 0
        ? subtitles.length + shownCaption
        : hls.subtitleDisplay
          ? hls.subtitleTrack
          : -1,
  };
}

export function chooseAudio(hls: Hls | null, id: number): void {
  if (hls && id >= 0 && id < hls.audioTracks.length) hls.audioTrack = id;
}

/** Show subtitles (or captions) `id`, or none for -1. */
export function chooseSubtitles(
  hls: Hls | null,
  id: number,
  video: HTMLVideoElement | null = null,
  declaredCaptions: readonly string[] = [],
): void {
  if (!hls) return;
  const count = hls.subtitleTracks.length;
  const shown = id >= 0 && id < count;
  hls.subtitleTrack = shown ? id : -1;
  hls.subtitleDisplay = shown;
  // hls.js (and digital-captions.ts) keep filling their caption tracks; hidden
  // ones just are not drawn. A declared caption with no track yet waits for it.
  const present = captionTracks(hls, video);
  const wanted = captionNames(present, declaredCaptions)[id - count];
  present.forEach((track, i) => {
    track.mode = wanted !== undefined && captionName(track, i) === wanted ? 'showing' : 'hidden';
  });
}
