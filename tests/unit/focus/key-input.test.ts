// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FocusEngine } from '@src/focus/focus-engine.js';
import { KeyInput } from '@src/focus/key-input.js';
import type { LogicalKey } from '@src/focus/logical-key.js';

const FRAME_MS = 1000 / 60;

/** An engine that always has somewhere to go: only how often it is asked matters here. */
function fakeEngine() {
  return { current: null, move: vi.fn(() => true) } as unknown as FocusEngine & {
    move: ReturnType<typeof vi.fn>;
  };
}

const arrows: Record<string, LogicalKey> = { ArrowRight: 'Right', ArrowDown: 'Down' };

function press(key: string, repeat = false): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, repeat, cancelable: true }));
}

describe('arrow keys and the frames that show them', () => {
  let frames: number;
  let input: KeyInput;
  let engine: ReturnType<typeof fakeEngine>;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    frames = 0;
    // Frames at 60 Hz on the fake clock; each request counted.
    vi.stubGlobal('requestAnimationFrame', (run: (t: number) => void) => {
      frames++;
      return setTimeout(() => run(performance.now()), FRAME_MS);
    });
    engine = fakeEngine();
    input = new KeyInput({
      engine,
      toLogicalKey: (event) => arrows[event.key] ?? null,
      onBack: () => {},
    });
    input.connect();
  });

  afterEach(() => {
    input.disconnect();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks for one frame per move, not one more after it', () => {
    press('ArrowRight');
    vi.advanceTimersByTime(200);
    press('ArrowDown');
    vi.advanceTimersByTime(200);
    expect(engine.move).toHaveBeenCalledTimes(2);
    // A second frame per press kept the screen drawing and made the next press wait for it.
    expect(frames).toBe(2);
  });

  it('drops a held key’s repeats until its move is on screen, then takes them again', () => {
    press('ArrowDown');
    // The repeat arrives before the frame that draws the first move.
    vi.advanceTimersByTime(5);
    press('ArrowDown', true);
    expect(engine.move).toHaveBeenCalledTimes(1);
    // Drawn, and the held key's first interval passed: the next repeat moves.
    vi.advanceTimersByTime(150);
    press('ArrowDown', true);
    expect(engine.move).toHaveBeenCalledTimes(2);
  });
});
