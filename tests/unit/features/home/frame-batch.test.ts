// @vitest-environment happy-dom
/** The dashboard's per-frame gathering of the hub's changes. */
import { describe, expect, it } from 'vitest';
import { FrameBatch } from '../../../../src/features/home/frame-batch';

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

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
});
