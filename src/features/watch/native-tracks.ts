/**
 * The sound tracks and subtitles of a stream the engine plays itself (its own
 * HLS where there is no Media Source, as on Safari-based and some TV engines,
 * or a plain file): the <video>'s `audioTracks` (WebKit's; Blink keeps them
 * behind a flag, so there they are simply absent) and its subtitle and caption
 * `textTracks`, which such engines make from the playlist's renditions and the
 * captions in the video. Same shape as stream-tracks.ts gives for hls.js.
 */
import { NO_TRACKS, type StreamTrack, type StreamTracks } from './stream-tracks.js';

/** The HTML AudioTrack, which TypeScript's DOM types leave out. */
interface AudioTrackLike {
  label: string;
  language: string;
  enabled: boolean;
}

interface AudioTrackListLike extends EventTarget {
  readonly length: number;
  [index: number]: AudioTrackLike | undefined;
}

/** The video's sound tracks, where the engine has them. */
export function audioTrackList(video: HTMLVideoElement): AudioTrackListLike | null {
  const list = (video as { audioTracks?: AudioTrackListLike }).audioTracks;
  return list && typeof list.length === 'number' ? list : null;
}

const listed = <T>(list: { readonly length: number; [index: number]: T | undefined } | null) =>
  list ? Array.from({ length: list.length }, (_, i) => list[i] as T) : [];

const nameOf = (track: { label: string; language: string }, id: number) =>
  track.label || track.language || String(id + 1);

/** Subtitles and captions; metadata and chapters tracks are the stream's own business. */
const textTracksOf = (video: HTMLVideoElement) =>
  listed<TextTrack>(video.textTracks).filter(
    (track) => track.kind === 'subtitles' || track.kind === 'captions',
  );

export function nativeTracksOf(video: HTMLVideoElement | null): StreamTracks {
  if (!video) return NO_TRACKS;
  const audio = listed(audioTrackList(video));
  const text = textTracksOf(video);
  const named = (list: { label: string; language: string }[]): StreamTrack[] =>
    list.map((track, id) => ({ id, name: nameOf(track, id) }));
  return {
    audio: named(audio),
    subtitles: named(text),
    audioId: audio.findIndex((track) => track.enabled),
    subtitleId: text.findIndex((track) => track.mode === 'showing'),
  };
}

export function chooseNativeAudio(video: HTMLVideoElement, id: number): void {
  const audio = listed(audioTrackList(video));
  if (id < 0 || id >= audio.length) return;
  // One sound at a time: enabling a second would mix them.
  audio.forEach((track, i) => (track.enabled = i === id));
}

/** Show subtitles `id`, or none for -1; the others are switched off, not only hidden. */
export function chooseNativeSubtitles(video: HTMLVideoElement, id: number): void {
  textTracksOf(video).forEach((track, i) => (track.mode = i === id ? 'showing' : 'disabled'));
}
