/**
 * Small discontinuity numbers for hls.js, whatever a live server counts from.
 *
 * hls.js keeps what it learns at each discontinuity (the timestamps it starts
 * from) in an array indexed by the discontinuity's number: the playlist's
 * EXT-X-DISCONTINUITY-SEQUENCE plus the discontinuities above a segment. At
 * every new one it copies that array whole (stream-controller's
 * `initPTS.slice(0)`). A server that numbers from a large base (a count of
 * five-second slots since 1970, as the demo's live stream does, and as a
 * packager may) makes that copy tens of millions of empty slots long: the
 * main thread froze for a second at each discontinuity in a profile here,
 * which is several seconds on a TV, every 20 s on the demo's 演示体育.
 *
 * Every media playlist of one stream (its variants, its audio and subtitle
 * renditions, each reload) is renumbered by the same offset, taken from the
 * first one seen, so the numbers keep their order and their gaps, which is all
 * hls.js compares them for.
 */
import Hls, {
  type LoaderCallbacks,
  type LoaderConfiguration,
  type LoaderContext,
  type PlaylistLoaderConstructor,
} from 'hls.js';

/** Numbers up to this far below the first one seen stay positive after the shift. */
const MARGIN = 1_000;
const SEQUENCE = /^#EXT-X-DISCONTINUITY-SEQUENCE:(\d+)[ \t]*$/m;

export class DiscontinuityRebase {
  private _offset: number | undefined;

  /** The playlist with its discontinuity sequence shifted down by the stream's offset. */
  rewrite(playlist: string): string {
    const match = SEQUENCE.exec(playlist);
    if (!match) return playlist;
    const value = Number(match[1]);
    this._offset ??= Math.max(0, value - MARGIN);
    // Far below the first (the server started counting again): left for hls.js to handle as such.
    if (value < this._offset) return playlist;
    return playlist.replace(SEQUENCE, `#EXT-X-DISCONTINUITY-SEQUENCE:${value - this._offset}`);
  }
}

/** hls.js's own playlist loader, with each stream's playlists renumbered as above. */
export function rebasingPlaylistLoader(): PlaylistLoaderConstructor {
  const rebase = new DiscontinuityRebase();
  class RebasingPlaylistLoader extends Hls.DefaultConfig.loader {
    override load(
      context: LoaderContext,
      config: LoaderConfiguration,
      callbacks: LoaderCallbacks<LoaderContext>,
    ): void {
      super.load(context, config, {
        ...callbacks,
        onSuccess: (response, stats, loaded, details) => {
          if (typeof response.data === 'string') response.data = rebase.rewrite(response.data);
          callbacks.onSuccess(response, stats, loaded, details);
        },
      });
    }
  }
  // hls.js loads playlists with this same default loader: its contexts are playlist contexts.
  return RebasingPlaylistLoader as PlaylistLoaderConstructor;
}
