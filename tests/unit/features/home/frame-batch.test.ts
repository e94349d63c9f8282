// @vitest-environment happy-dom
/** The dashboard's gathering of the hub's changes into few, well-placed flushes. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameBatch } from '@src/features/home/frame-batch';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nextFrame = () => wait(50);

/** Frames that come only when the test says so. */
function manualFrames() {
  let queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queue.push(callback);
    return queue.length;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
    queue[handle - 1] = () => {};
  });
  return {
    draw() {
      const due = queue;
      queue = [];
      for (const callback of due) callback(performance.now());
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FrameBatch', () => {
  it('hands over every change made before the frame once, together', async () => {
    const flushes: [string[], boolean][] = [];
    const batch = new FrameBatch((ids, structure) => flushes.push([[...ids], structure]));
    batch.add(['light.a']);
    batch.add(['sensor.b', 'light.a']);
    batch.add(['sensor.c']);
    expect(flushes).toEqual([]);

    await nextFrame();

    expect(flushes).toEqual([[['light.a', 'sensor.b', 'sensor.c'], false]]);
  });

  it('says when the layout changed, and drops what waits when cancelled', async () => {
    const flushes: [string[], boolean][] = [];
    const batch = new FrameBatch((ids, structure) => flushes.push([[...ids], structure]));
    batch.addStructure();
    await nextFrame();
    batch.add(['light.a']);
    batch.cancel();
    await nextFrame();

    expect(flushes).toEqual([[[], true]]);
  });

  it('gathers the changes that follow a flush until the spacing has passed', async () => {
    const flushes: string[][] = [];
    const batch = new FrameBatch((ids) => flushes.push([...ids]), { spacingMs: 200 });
    batch.add(['sensor.a']);
    await nextFrame();
    batch.add(['sensor.b']);
    await wait(20);
    batch.add(['sensor.c']);
    await wait(30);
    expect(flushes).toEqual([['sensor.a']]);

    await wait(250);

    expect(flushes).toEqual([['sensor.a'], ['sensor.b', 'sensor.c']]);
  });

  it('leaves the frame that draws a key press to the press, and flushes in the next', () => {
    const frames = manualFrames();
    const flushes: string[][] = [];
    const batch = new FrameBatch((ids) => flushes.push([...ids]));
    batch.add(['sensor.a']);

    batch.yieldToInput();
    frames.draw();
    expect(flushes).toEqual([]);
    frames.draw();

    expect(flushes).toEqual([['sensor.a']]);
  });
});
