import { describe, expect, it } from 'vitest';
import type { StreamTracks } from '@src/features/watch/stream-tracks.js';
import { TrackChoice, type TrackPlayer } from '@src/features/watch/track-choice.js';
import { memoryStorage } from '../../../support/memory-storage.js';

/** A stream with 普通话 and 粤语, and Chinese and English subtitles, as hls.js lists them. */
function bilingualPlayer(): TrackPlayer & { tracks: StreamTracks } {
  const tracks: StreamTracks = {
    audio: [
      { id: 0, name: '普通话' },
      { id: 1, name: '粤语' },
    ],
    subtitles: [
      { id: 0, name: '中文' },
      { id: 1, name: 'English' },
    ],
    audioId: 0,
    subtitleId: -1,
  };
  return {
    tracks,
    chooseAudio: (id) => (tracks.audioId = id),
    chooseSubtitles: (id) => (tracks.subtitleId = id),
  };
}

describe('choosing the sound and the subtitles', () => {
  it('Green goes round the sound tracks and says which', () => {
    const player = bilingualPlayer();
    const choice = new TrackChoice(player, null);
    expect(choice.nextAudio('ch4')).toBe('声音：粤语');
    expect(player.tracks.audioId).toBe(1);
    expect(choice.nextAudio('ch4')).toBe('声音：普通话');
    expect(player.tracks.audioId).toBe(0);
  });

  it('Blue goes through each subtitles track, then none', () => {
    const player = bilingualPlayer();
    const choice = new TrackChoice(player, null);
    expect(choice.nextSubtitles('ch4')).toBe('字幕：中文');
    expect(choice.tags()).toEqual(['普通话', '字幕 中文']);
    expect(choice.nextSubtitles('ch4')).toBe('字幕：English');
    expect(choice.nextSubtitles('ch4')).toBe('字幕：关');
    expect(player.tracks.subtitleId).toBe(-1);
    expect(choice.tags()).toEqual(['普通话']);
  });

  it('says so when a channel has one sound and no subtitles, and changes nothing', () => {
    const tracks: StreamTracks = {
      audio: [{ id: 0, name: 'und' }],
      subtitles: [],
      audioId: 0,
      subtitleId: -1,
    };
    const chosen: number[] = [];
    const choice = new TrackChoice(
      { tracks, chooseAudio: (id) => chosen.push(id), chooseSubtitles: (id) => chosen.push(id) },
      null,
    );
    expect(choice.nextAudio('ch1')).toBe('这个频道只有一种声音');
    expect(choice.nextSubtitles('ch1')).toBe('这个频道没有字幕');
    expect(chosen).toEqual([]);
    expect(choice.tags()).toEqual([]);
  });

  it('remembers the choice per channel, across a reboot', () => {
    const storage = memoryStorage();
    const before = new TrackChoice(bilingualPlayer(), storage);
    before.nextAudio('ch4');
    before.nextSubtitles('ch4');
    // Another day: the channel's stream starts with its own defaults.
    const player = bilingualPlayer();
    const after = new TrackChoice(player, storage);
    after.restore('ch4');
    expect(player.tracks).toMatchObject({ audioId: 1, subtitleId: 0 });
    // Another channel keeps its stream's own choice.
    const other = bilingualPlayer();
    new TrackChoice(other, storage).restore('ch5');
    expect(other.tracks).toMatchObject({ audioId: 0, subtitleId: -1 });
  });

  it('subtitles turned off stay off; a track the stream no longer has is left alone', () => {
    const storage = memoryStorage();
    const choice = new TrackChoice(bilingualPlayer(), storage);
    choice.nextSubtitles('ch4');
    choice.nextSubtitles('ch4');
    choice.nextSubtitles('ch4');
    const player = bilingualPlayer();
    player.tracks.subtitleId = 0;
    new TrackChoice(player, storage).restore('ch4');
    expect(player.tracks.subtitleId).toBe(-1);

    storage.setItem('hearth.watch.tracks', JSON.stringify([['ch4', { audio: '潮汕话' }]]));
    const unchanged = bilingualPlayer();
    new TrackChoice(unchanged, storage).restore('ch4');
    expect(unchanged.tracks.audioId).toBe(0);
  });

  it('a damaged record is ignored', () => {
    for (const raw of ['{', '{"a":1}', '[[1,2],["x",null],null]', 'null']) {
      const storage = memoryStorage();
      storage.setItem('hearth.watch.tracks', raw);
      const player = bilingualPlayer();
      expect(() => new TrackChoice(player, storage).restore('x')).not.toThrow();
      expect(player.tracks).toMatchObject({ audioId: 0, subtitleId: -1 });
    }
  });
});
