import { describe, expect, it } from 'vitest';
import { TimeShift, type ShiftPlayer, type ShiftState } from '@src/features/watch/time-shift.js';

/** A player on a live stream whose window is [windowStart, edge], at `position`. */
function livePlayer(state: Partial<ShiftState> = {}) {
  const shift: ShiftState = {
    live: true,
    windowStart: 1000,
    edge: 1120,
    liveSync: 1105,
    position: 1105,
    ...state,
  };
  const player: ShiftPlayer & { shiftState: ShiftState | null; householdPaused: boolean } = {
    shiftState: shift,
    householdPaused: false,
    pauseForHousehold: () => (player.householdPaused = true),
    resumeForHousehold: () => (player.householdPaused = false),
    seekTo: (seconds: number) => (shift.position = seconds),
  };
  return { player, shift, shifting: new TimeShift(player) };
}

describe('pausing live TV', () => {
  it('Pause holds it; Play resumes behind live and says by how much', () => {
    const { player, shift, shifting } = livePlayer();
    expect(shifting.act('pause')).toBe('已暂停。按播放键继续，按快进键回到直播');
    expect(player.householdPaused).toBe(true);
    expect(shifting.tags()).toEqual(['已暂停']);
    // 50 s later the live edge has moved on; the picture has not.
    shift.edge += 50;
    shift.windowStart += 50;
    expect(shifting.act('play')).toBe('继续播放，比直播晚 1 分 5 秒');
    expect(player.householdPaused).toBe(false);
    expect(shifting.tags()).toEqual(['比直播晚 1 分 5 秒']);
  });

  it('Play/Pause toggles; Fast-forward goes back to live', () => {
    const { player, shift, shifting } = livePlayer();
    shifting.act('toggle');
    expect(player.householdPaused).toBe(true);
    shift.edge += 30;
    shift.liveSync += 30;
    expect(shifting.act('live')).toBe('回到直播');
    expect(player.householdPaused).toBe(false);
    expect(shift.position).toBe(1135);
    expect(shifting.tags()).toEqual([]);
  });

  it('a pause longer than the window comes back at live, and says so', () => {
    const { shift, shifting } = livePlayer();
    shifting.act('pause');
    shift.windowStart += 300;
    shift.edge += 300;
    shift.liveSync += 300;
    expect(shifting.act('play')).toBe('暂停太久，已回到直播');
    expect(shift.position).toBe(1405);
  });

  it('a window too short to be of use is said so, and nothing changes', () => {
    const { player, shifting } = livePlayer({ windowStart: 1100, edge: 1120 });
    expect(shifting.act('pause')).toBe('这个频道不能暂停直播');
    expect(player.householdPaused).toBe(false);
  });

  it('a recording pauses and plays without talk of live', () => {
    const { player, shifting } = livePlayer({ live: false, windowStart: 0, edge: 20 });
    expect(shifting.act('toggle')).toContain('已暂停');
    expect(shifting.act('toggle')).toBe('继续播放');
    expect(shifting.act('live')).toBe('');
    expect(player.householdPaused).toBe(false);
  });

  it('nothing playing (a locked channel) says nothing and does nothing', () => {
    const { player, shifting } = livePlayer();
    player.shiftState = null;
    expect(shifting.act('pause')).toBe('');
    expect(player.householdPaused).toBe(false);
    expect(shifting.tags()).toEqual([]);
  });
});
