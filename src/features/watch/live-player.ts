/**
 * Plays one stream at a time in a <video> element: hls.js where Media Source
 * Extensions exist, the engine's own HLS where it plays it (Safari, many TV
 * browsers), a plain `src` for anything else. It keeps the buffer small so a
 * channel change starts quickly, retries network and media errors with a
 * growing pause, treats a long stall as an error, and reports a stream as dead
 * when retries run out, so the screen can say so and offer the next channel.
 *
 * The household can pause and resume it (time-shift.ts); only its own Play
 * resumes what it paused, not the end of an alarm.
 *
 * Events: 'playing' (first frame of the current stream), 'waiting', 'dead'
 * (detail: reason), 'tracks' (the stream's sound tracks or subtitles became
 * known or changed, see stream-tracks.ts), all as plain Events/CustomEvents.
 */
import Hls, { type ErrorData } from 'hls.js';
// The ESM build has no inline worker: point it at the worker file so segments
// are transmuxed off the main thread (measured: demux showed in main-thread tasks).
import hlsWorkerUrl from 'hls.js/dist/hls.worker.js?url';
import { rebasingPlaylistLoader } from './discontinuity-rebase.js';
import { DigitalCaptions } from './digital-captions.js';
import { streamErrorReason } from './stream-error-reason.js';
import {
  chooseNativeAudio,
  chooseNativeSubtitles,
  nativeTracksOf,
  audioTrackList,
} from './native-tracks.js';
import {
  chooseAudio,
  chooseSubtitles,
  NO_TRACKS,
  tracksOf,
  type StreamTracks,
} from './stream-tracks.js';
import type { ShiftState } from './time-shift.js';

export type DeadReason = 'network' | 'media' | 'unsupported' | 'stalled';

export interface PlayRequest {
  url: string;
  /** Headers the stream wants; browsers refuse to set User-Agent and Referer, so only others go through. */
  headers?: Record<string, string>;
}

/**
 * Who opens and closes each stream on the video: the player itself, or a host's
 * video plugin that wants to see every stream go by. The Lightning SDK's
 * VideoPlayer is one (src/lightning-app/sdk-stream-gate.ts): `open` asks it to
 * open the stream, and its `loader` hook calls `load(url)` back, which attaches
 * hls.js here; its `unloader` hook calls `unload()`.
 */
export interface StreamGate {
  open(url: string): void;
  close(): void;
}

const RETRY_DELAYS_MS = [500, 1500, 4000];
const STALL_LIMIT_MS = 10_000;
/** Headers a page may not set (the browser owns them). */
const FORBIDDEN_HEADERS = new Set(['user-agent', 'referer', 'origin', 'host', 'cookie']);

export class LivePlayer extends EventTarget {
  private _hls: Hls | null = null;
  private _request: PlayRequest | null = null;
  private _attempt = 0;
  private _retryTimer: ReturnType<typeof setTimeout> | undefined;
  private _stallTimer: ReturnType<typeof setTimeout> | undefined;
  private _muted = false;
  /** Muted by us because the engine refused sound before any key press. */
  private _autoMuted = false;
  /** A warning or an alarm holds the room: nothing may start playing until it lets go. */
  private _interrupted = false;
  /** The household paused live TV (time-shift.ts): only its Play starts it again. */
  private _householdPaused = false;

  constructor(
    readonly video: HTMLVideoElement,
    private readonly _gate?: StreamGate,
  ) {
    super();
    video.addEventListener('play', this._onPlay);
    video.addEventListener('playing', this._onPlaying);
    video.addEventListener('waiting', this._onWaiting);
    video.addEventListener('ended', this._onEnded);
    video.addEventListener('error', this._onVideoError);
    // Closed captions in the video become text tracks only when their first data
    // arrives; an engine playing HLS itself adds its sound tracks as it reads the playlist.
    video.textTracks.addEventListener('addtrack', this._onTextTrack);
    video.textTracks.addEventListener('removetrack', this._onTextTrack);
    audioTrackList(video)?.addEventListener('addtrack', this._onTextTrack);
    audioTrackList(video)?.addEventListener('removetrack', this._onTextTrack);
  }

  get current(): PlayRequest | null {
    return this._request;
  }

  /** The current stream's sound tracks and subtitles, from hls.js or the engine's own player. */
  get tracks(): StreamTracks {
    if (this._hls) return tracksOf(this._hls, this.video, this._declaredCaptions);
    return this._request ? nativeTracksOf(this.video) : NO_TRACKS;
  }

  chooseAudio(id: number): void {
    if (this._hls) chooseAudio(this._hls, id);
    else if (this._request) chooseNativeAudio(this.video, id);
  }

  /** Subtitles track `id`, or none for -1. */
  chooseSubtitles(id: number): void {
    if (this._hls) chooseSubtitles(this._hls, id, this.video, this._declaredCaptions);
    else if (this._request) chooseNativeSubtitles(this.video, id);
  }

  /** Where playback is in the stream's window (time-shift.ts); null while nothing plays. */
  get shiftState(): ShiftState | null {
    if (!this._request) return null;
    const position = this.video.currentTime;
    const details = this._hls?.latestLevelDetails;
    if (!details?.live) {
      const end = Number.isFinite(this.video.duration) ? this.video.duration : position;
      return { live: false, windowStart: 0, edge: end, liveSync: end, position };
    }
    // While paused hls.js stops reloading the playlist: the live edge has moved on
    // by the playlist's age since, and the window's start with it.
    const age = Math.max(0, details.age);
    const liveSync = (this._hls?.liveSyncPosition ?? details.edge) + age;
    const windowStart = details.fragmentStart + age;
    return { live: true, windowStart, edge: details.edge + age, liveSync, position };
  }

  get householdPaused(): boolean {
    return this._householdPaused;
  }

  pauseForHousehold(): void {
    this._householdPaused = true;
    clearTimeout(this._stallTimer);
    this.video.pause();
  }

  resumeForHousehold(): void {
    this._householdPaused = false;
    this._startPlayback();
    this._armStallTimer();
  }

  seekTo(seconds: number): void {
    this.video.currentTime = seconds;
  }

  play(request: PlayRequest): void {
    this._householdPaused = false;
    this._request = request;
    this._attempt = 0;
    if (this._gate) this._gate.open(request.url);
    else this._start();
  }

  /** The gate opened `url` (see StreamGate): attach it, unless another stream was asked for since. */
  load(url: string): void {
    if (this._request?.url === url) this._start();
  }

  /** Stop and release the decoder and the network (leaving the screen, a radio still…). */
  stop(): void {
    this._request = null;
    if (this._gate) this._gate.close();
    else this.unload();
  }

  /** Release the decoder and the network; the gate's way of closing a stream. */
  unload(): void {
    this._teardown();
    this.video.removeAttribute('src');
    this.video.load();
  }

  /** A warning or an alarm wants the room's attention: pause, keep the stream ready. */
  setInterrupted(interrupted: boolean): void {
    if (interrupted === this._interrupted) return;
    this._interrupted = interrupted;
    if (interrupted) {
      this._muted = this.video.muted;
      this.video.muted = true;
      this.video.pause();
    } else {
      this.video.muted = this._muted;
      if (this._request && !this._householdPaused) this._startPlayback();
    }
  }

  destroy(): void {
    this.stop();
    this.video.textTracks.removeEventListener('addtrack', this._onTextTrack);
    this.video.textTracks.removeEventListener('removetrack', this._onTextTrack);
    audioTrackList(this.video)?.removeEventListener('addtrack', this._onTextTrack);
    audioTrackList(this.video)?.removeEventListener('removetrack', this._onTextTrack);
    this.video.removeEventListener('play', this._onPlay);
    this.video.removeEventListener('playing', this._onPlaying);
    this.video.removeEventListener('waiting', this._onWaiting);
    this.video.removeEventListener('ended', this._onEnded);
    this.video.removeEventListener('error', this._onVideoError);
    this.video.removeEventListener('canplay', this._playIfWanted);
  }

  private _start(): void {
    const request = this._request;
    if (!request) return;
    this._teardown();
    this._declaredCaptions = [];
    const video = this.video;
    if (isHls(request.url) && Hls.isSupported()) {
      const headers = allowedHeaders(request.headers);
      const hls = new Hls({
        // Small buffers: a zap throws the buffer away, and old boxes have little memory.
        enableWorker: true,
        workerPath: hlsWorkerUrl,
        maxBufferLength: 8,
        maxMaxBufferLength: 16,
        backBufferLength: 0,
        liveSyncDurationCount: 2,
        startFragPrefetch: true,
        // Large discontinuity numbers froze the page at each discontinuity (discontinuity-rebase.ts).
        pLoader: rebasingPlaylistLoader(),
        // Retries are ours (with a message on screen), not hls.js's silent ones.
        fragLoadPolicy: { default: quickLoadPolicy() },
        playlistLoadPolicy: { default: quickLoadPolicy() },
        manifestLoadPolicy: { default: quickLoadPolicy() },
        xhrSetup: headers
          ? (xhr) => {
              for (const [name, value] of Object.entries(headers))
                xhr.setRequestHeader(name, value);
            }
          : undefined,
      });
      this._hls = hls;
      // Before any other listener: it keeps 708 services from hls.js's 608 tracks' names.
      const digital = new DigitalCaptions(video, hls);
      this._digitalCaptions = digital;
      hls.on(Hls.Events.ERROR, (_event, data) => this._onHlsError(data));
      const tracksChanged = () => this.dispatchEvent(new Event('tracks'));
      hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, tracksChanged);
      hls.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, tracksChanged);
      hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, tracksChanged);
      hls.on(Hls.Events.SUBTITLE_TRACK_SWITCH, tracksChanged);
      // Captions the playlist declares: offered before their data arrives in the video.
      hls.on(Hls.Events.MANIFEST_LOADED, (_event, data) => {
        this._declaredCaptions = [
          ...(data.captions ?? []).map((c) => c.name).filter(Boolean),
          ...digital.declaredNames,
        ];
        tracksChanged();
      });
      hls.loadSource(request.url);
      hls.attachMedia(video);
    } else if (!isHls(request.url) || video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = request.url;
    } else {
      this._dead('unsupported');
      return;
    }
    this._startPlayback();
    this._armStallTimer();
  }

  /**
   * A page opened straight onto live TV has had no key press yet, and engines
   * refuse to start sound then. Start muted rather than not at all, and say so.
   */
  private _startPlayback(): void {
    // A stream that (re)starts under an alarm, say a retry or the muted second
    // try below, waits for the alarm to let go: setInterrupted(false) starts it.
    if (this._interrupted) return;
    this.video.play().catch((error: unknown) => {
      if (!(error instanceof DOMException)) return;
      // "The play() request was interrupted by a new load request": hls.js
      // (re)attaching its media source under the first play(). Nobody asks again,
      // and the first frame would stay on screen for good: ask once the engine
      // can play, if playing is still wanted by then.
      if (error.name === 'AbortError') {
        this.video.addEventListener('canplay', this._playIfWanted, { once: true });
        return;
      }
      if (error.name !== 'NotAllowedError') return;
      // Under an alarm the video is muted by us; the sound that counts is the one to come back to.
      const soundWanted = this._interrupted ? !this._muted : !this.video.muted;
      if (!soundWanted) return;
      this._autoMuted = true;
      this.dispatchEvent(new Event('muted-autoplay'));
      if (this._interrupted) {
        this._muted = true;
        return;
      }
      this.video.muted = true;
      void this.video.play().catch(() => undefined);
    });
  }

  private _playIfWanted = () => {
    if (this._request && !this._householdPaused && this.video.paused) this._startPlayback();
  };

  /** A key was pressed: sound may start now if it was held back. */
  userActivated(): void {
    if (!this._autoMuted) return;
    this._autoMuted = false;
    // An alarm keeps the room quiet; its end brings the sound back.
    if (this._interrupted) this._muted = false;
    else this.video.muted = false;
    this.dispatchEvent(new Event('unmuted'));
  }

  private _teardown(): void {
    clearTimeout(this._retryTimer);
    clearTimeout(this._stallTimer);
    this._hls?.destroy();
    this._hls = null;
    this._digitalCaptions?.destroy();
    this._digitalCaptions = null;
  }

  private _onHlsError(data: ErrorData): void {
    if (!data.fatal) return;
    console.warn('[hearth:player] stream error', data.type, data.details);
    const reason = streamErrorReason(data);
    if (reason === 'unsupported') this._dead(reason);
    else this._retry(reason);
  }

  private _onVideoError = () => {
    if (this._hls || !this._request) return;
    this._retry('media');
  };

  private _retry(reason: DeadReason): void {
    const delay = RETRY_DELAYS_MS[this._attempt];
    this._attempt++;
    if (delay === undefined) {
      this._dead(reason);
      return;
    }
    this.dispatchEvent(new CustomEvent('retrying', { detail: { attempt: this._attempt } }));
    this._teardown();
    this._retryTimer = setTimeout(() => this._start(), delay);
  }

  /** Gave up: retries ran out, or the stream cannot play on this engine at all. */
  private _dead(reason: DeadReason): void {
    this._teardown();
    const request = this._request;
    // Never from inside play(): a zap first shows and names the channel, then
    // hears that it cannot play; said at once, the zap's own announcement would
    // cover the notice. A newer play() meanwhile makes it moot.
    void Promise.resolve().then(() => {
      if (this._request !== request) return;
      this.dispatchEvent(new CustomEvent<DeadReason>('dead', { detail: reason }));
    });
  }

  /**
   * No picture for a while although one is wanted: start the stream again. A
   * video left paused by a play() that never took counts too (not paused by the
   * household, nor held by an alarm).
   */
  private _armStallTimer(): void {
    clearTimeout(this._stallTimer);
    this._stallTimer = setTimeout(() => {
      if (this._request && !this._householdPaused && !this._interrupted) this._retry('stalled');
    }, STALL_LIMIT_MS);
  }

  /**
   * Whatever starts the picture under an alarm (an engine's own resume, a
   * library, a path not thought of), it stops again at once: a household must
   * not have live TV talking over a smoke alarm. CI saw the picture playing
   * under one although every path of ours waits for the alarm to let go.
   */
  /** EXT-X-MEDIA TYPE=CLOSED-CAPTIONS names of the stream playing (stream-tracks.ts). */
  private _declaredCaptions: string[] = [];
  /** CEA-708 services' text tracks (hls.js reads the 608 captions itself). */
  private _digitalCaptions: DigitalCaptions | null = null;
  /** A text or sound track came or went: the choice and the banner look again. */
  private _onTextTrack = () => this.dispatchEvent(new Event('tracks'));

  private _onPlay = () => {
    if (this._interrupted) this.video.pause();
  };

  private _onPlaying = () => {
    clearTimeout(this._stallTimer);
    this._attempt = 0;
    this.dispatchEvent(new Event('playing'));
  };

  private _onWaiting = () => {
    this.dispatchEvent(new Event('waiting'));
    this._armStallTimer();
  };

  /** A finite stream (a demo loop, a catch-up recording) starts over rather than going black. */
  private _onEnded = () => {
    if (!this._request) return;
    this.video.currentTime = 0;
    this._startPlayback();
  };
}

function isHls(url: string): boolean {
  return /\.m3u8?($|[?#])/i.test(url) || /[?&]type=m3u8/i.test(url);
}

function allowedHeaders(
  headers: Record<string, string> | undefined,
): Record<string, string> | null {
  if (!headers) return null;
  const allowed = Object.entries(headers).filter(
    ([name]) => !FORBIDDEN_HEADERS.has(name.toLowerCase()),
  );
  return allowed.length ? Object.fromEntries(allowed) : null;
}

function quickLoadPolicy() {
  return {
    maxTimeToFirstByteMs: 8000,
    maxLoadTimeMs: 20_000,
    timeoutRetry: { maxNumRetry: 1, retryDelayMs: 0, maxRetryDelayMs: 0 },
    errorRetry: { maxNumRetry: 1, retryDelayMs: 300, maxRetryDelayMs: 1000 },
  };
}
