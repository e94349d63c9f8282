/**
 * CEA-708 digital captions for the live player: hls.js reads only the 608 pairs
 * of a picture's caption data, so its user-data event is read here as well, each
 * caption service decoded (src/data/cea708) into a text track of the <video>
 * ('captions', named by the playlist's EXT-X-MEDIA INSTREAM-ID="SERVICEn", or
 * 字幕服务 n), made when the service first shows words, as hls.js makes its 608
 * tracks. stream-tracks.ts then offers it beside the others, and the engine
 * draws it with the household's text size.
 */
import { msg, str } from '@lit/localize';
import Hls, { type HlsListeners, type MediaPlaylist } from 'hls.js';
import { Cea708Decoder, type CaptionChange } from '../../data/cea708/cea708-decoder.js';
import { cuesBehind, heldRanges } from './caption-cues-behind.js';

/** A cue's end until the service changes its words (VTTCue needs a finite one). */
const OPEN_END_S = 24 * 3600;
const SERVICE_ID = /^SERVICE([1-9]\d?)$/;
/** Two cues this close (seconds: well under a picture) start at the same picture. */
const SAME_TIME_S = 0.001;

interface ServiceTrack {
  element: HTMLTrackElement;
  open: VTTCue | null;
  /**
   * Cues made before the track's empty source has loaded: the engine empties a
   * track's cues when its source loads (Chromium and WebKit do), so a service's
   * first words would vanish; they are added once it has.
   */
  waiting: VTTCue[] | null;
}

/** The playlist's SERVICEn entries, by service number. */
export type DeclaredServices = ReadonlyMap<number, MediaPlaylist>;

/**
 * hls.js takes INSTREAM-ID="SERVICEn" for CCn and would give a 608 track a 708
 * service's name. It decodes no 708, so it is shown the 608 entries only, and the
 * services go to `onServices`.
 */
export function keepServicesFromHls(hls: Hls, onServices: (services: DeclaredServices) => void) {
  const trigger = hls.trigger.bind(hls);
  const filtered: typeof hls.trigger = (event, data) => {
    if (event === Hls.Events.MANIFEST_LOADED) {
      const loaded = data as Parameters<HlsListeners[typeof Hls.Events.MANIFEST_LOADED]>[1];
      const services = new Map<number, MediaPlaylist>();
      const captions = (loaded.captions ?? []).filter((entry) => {
        const service = SERVICE_ID.exec(entry.instreamId ?? '')?.[1];
        if (service) services.set(Number(service), entry);
        return !service;
      });
      onServices(services);
      return trigger(event, { ...loaded, captions } as typeof data);
    }
    return trigger(event, data);
  };
  hls.trigger = filtered;
}

export class DigitalCaptions {
  private readonly _decoder = new Cea708Decoder();
  private readonly _tracks = new Map<number, ServiceTrack>();
  private _declared: DeclaredServices = new Map();

  constructor(
    private readonly _video: HTMLVideoElement,
    hls: Hls,
  ) {
    keepServicesFromHls(hls, (services) => (this._declared = services));
    hls.on(Hls.Events.FRAG_PARSING_USERDATA, (_event, { samples }) => {
      for (const sample of samples) {
        if (!sample.bytes?.length) continue;
        for (const change of this._decoder.push(sample.pts, sample.bytes)) this._show(change);
      }
    });
  }

  /** The names of the services the playlist declares, for the choice before their words come. */
  get declaredNames(): string[] {
    return [...this._declared.values()].map((entry) => entry.name).filter(Boolean);
  }

  /** Takes the tracks off the video (the stream is over). */
  destroy(): void {
    for (const { element } of this._tracks.values()) element.remove();
    this._tracks.clear();
  }

  private _show({ service, time, text }: CaptionChange): void {
    const track = text ? this._trackFor(service) : this._tracks.get(service);
    if (!track) return;
    if (track.open) {
      track.open.endTime = Math.max(track.open.startTime, time);
      track.open = null;
    }
    if (!text) return;
    const { track: textTrack } = track.element;
    // The same words at the same time: a fragment decoded again after a seek back.
    const again = [...(textTrack.cues ?? [])].find(
      (cue) => Math.abs(cue.startTime - time) < SAME_TIME_S && (cue as VTTCue).text === text,
    );
    if (again) {
      track.open = again as VTTCue;
      return;
    }
    const cue = new VTTCue(time, time + OPEN_END_S, text);
    if (track.waiting) track.waiting.push(cue);
    else {
      textTrack.addCue(cue);
      this._dropCuesBehind(textTrack);
    }
    track.open = cue;
  }

  private _dropCuesBehind(track: TextTrack): void {
    const behind = cuesBehind(
      [...(track.cues ?? [])],
      heldRanges(this._video.buffered),
      this._video.currentTime,
    );
    for (const cue of behind) track.removeCue(cue);
  }

  private _trackFor(service: number): ServiceTrack {
    const track = this._tracks.get(service);
    if (track) return track;
    const declared = this._declared.get(service);
    const element = document.createElement('track');
    element.kind = 'captions';
    element.label = declared?.name || msg(str`字幕服务 ${service}`, { id: 'watch.captionService' });
    if (declared?.lang) element.srclang = declared.lang;
    // As hls.js makes its tracks: an empty WebVTT source keeps engines from
    // dropping cues added by script when the mode changes.
    element.src = 'data:,WEBVTT';
    const made: ServiceTrack = { element, open: null, waiting: [] };
    const loaded = () => {
      for (const cue of made.waiting ?? []) element.track.addCue(cue);
      made.waiting = null;
    };
    element.addEventListener('load', loaded, { once: true });
    element.addEventListener('error', loaded, { once: true });
    this._video.appendChild(element);
    element.track.mode = 'hidden';
    this._tracks.set(service, made);
    return made;
  }
}
