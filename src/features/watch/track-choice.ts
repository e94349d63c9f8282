/**
 * Choosing the sound and the subtitles on live TV (Green or the remote's audio
 * key: the next sound track; Blue or its subtitle key: the next subtitles,
 * then none), remembered per channel, so 粤语 chosen on a channel plays there
 * again the next time, and said through the speech bridge. Kept in
 * localStorage (channel keys and track names are not personal data; a
 * household reset clears them).
 */
import { msg, str } from '@lit/localize';
import { safeLocalStorage } from '../../data/safe-local-storage.js';
import type { StreamTrack, StreamTracks } from './stream-tracks.js';

const STORAGE_KEY = 'hearth.watch.tracks';
/** More channels than a household chooses tracks on; the oldest choices go first. */
const MAX_CHANNELS = 200;

interface Chosen {
  audio?: string;
  /** A subtitles track's name, or '' for none. */
  subtitles?: string;
}

/** What the player offers: its tracks, and choosing one. */
export interface TrackPlayer {
  readonly tracks: StreamTracks;
  chooseAudio(id: number): void;
  chooseSubtitles(id: number): void;
}

export class TrackChoice {
  private readonly _chosen: Map<string, Chosen>;

  constructor(
    private readonly _player: TrackPlayer,
    private readonly _storage: Storage | null = safeLocalStorage(),
  ) {
    this._chosen = readChosen(this._storage);
  }

  /** The next sound track on this channel; returns what to say. */
  nextAudio(channelKey: string): string {
    const { audio, audioId } = this._player.tracks;
    if (audio.length < 2) return msg('这个频道只有一种声音', { id: 'watch.tracks.oneSound' });
    const next = audio[
      (audio.findIndex((t) => t.id === audioId) + 1) % audio.length
    ] as StreamTrack;
    this._player.chooseAudio(next.id);
    this._remember(channelKey, { audio: next.name });
    return msg(str`声音：${next.name}`, { id: 'watch.tracks.sound' });
  }

  /** The next subtitles on this channel, then none; returns what to say. */
  nextSubtitles(channelKey: string): string {
    const { subtitles, subtitleId } = this._player.tracks;
    if (subtitles.length === 0) return msg('这个频道没有字幕', { id: 'watch.tracks.noSubtitles' });
    const at = subtitles.findIndex((t) => t.id === subtitleId);
    const next = subtitles[at + 1];
    this._player.chooseSubtitles(next ? next.id : -1);
    this._remember(channelKey, { subtitles: next?.name ?? '' });
    return next
      ? msg(str`字幕：${next.name}`, { id: 'watch.tracks.subtitles' })
      : msg('字幕：关', { id: 'watch.tracks.subtitlesOff' });
  }

  /** The stream's tracks are known: choose again what the household chose on this channel. */
  restore(channelKey: string): void {
    const chosen = this._chosen.get(channelKey);
    if (!chosen) return;
    const { audio, subtitles, audioId, subtitleId } = this._player.tracks;
    const sound = audio.find((t) => t.name === chosen.audio);
    if (sound && sound.id !== audioId) this._player.chooseAudio(sound.id);
    if (chosen.subtitles === undefined) return;
    const shown = subtitles.find((t) => t.name === chosen.subtitles);
    const wanted = shown ? shown.id : -1;
    if (wanted !== subtitleId && (shown || chosen.subtitles === '')) {
      this._player.chooseSubtitles(wanted);
    }
  }

  /** For the banner: the sound when there is a choice, and the subtitles shown. */
  tags(): string[] {
    const { audio, subtitles, audioId, subtitleId } = this._player.tracks;
    const tags: string[] = [];
    const sound = audio.find((t) => t.id === audioId);
    if (audio.length > 1 && sound) tags.push(sound.name);
    const shown = subtitles.find((t) => t.id === subtitleId);
    if (shown) tags.push(msg(str`字幕 ${shown.name}`, { id: 'watch.tracks.subtitlesTag' }));
    return tags;
  }

  private _remember(channelKey: string, change: Chosen): void {
    const chosen = { ...this._chosen.get(channelKey), ...change };
    // Most recent last, so the oldest go first when there are too many.
    this._chosen.delete(channelKey);
    this._chosen.set(channelKey, chosen);
    while (this._chosen.size > MAX_CHANNELS) {
      const oldest = this._chosen.keys().next().value;
      if (oldest === undefined) break;
      this._chosen.delete(oldest);
    }
    try {
      this._storage?.setItem(STORAGE_KEY, JSON.stringify([...this._chosen]));
    } catch {
      // Full storage: the choice holds for this visit.
    }
  }
}

function readChosen(storage: Storage | null): Map<string, Chosen> {
  const chosen = new Map<string, Chosen>();
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return chosen;
    for (const entry of parsed.slice(-MAX_CHANNELS)) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
      const value = entry[1] as Partial<Record<keyof Chosen, unknown>> | null;
      chosen.set(entry[0], {
        audio: typeof value?.audio === 'string' ? value.audio : undefined,
        subtitles: typeof value?.subtitles === 'string' ? value.subtitles : undefined,
      });
    }
  } catch {
    // A damaged record: every channel starts with its stream's own choice.
  }
  return chosen;
}
