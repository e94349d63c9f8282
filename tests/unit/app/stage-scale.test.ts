import { describe, expect, it } from 'vitest';
import { fitStage } from '@src/app/stage-scale.js';

describe('stage fit', () => {
  it('scales 1080p to 720p and 4K exactly', () => {
    expect(fitStage(1280, 720)).toEqual({ scale: 2 / 3, offsetX: 0, offsetY: 0 });
    expect(fitStage(3840, 2160)).toEqual({ scale: 2, offsetX: 0, offsetY: 0 });
  });

  it('letterboxes odd shapes, centred', () => {
    const tall = fitStage(1000, 1000);
    expect(tall.scale).toBeCloseTo(1000 / 1920);
    expect(tall.offsetX).toBeCloseTo(0);
    expect(tall.offsetY).toBeCloseTo((1000 - 1080 * tall.scale) / 2);
    const wide = fitStage(2560, 1080);
    expect(wide.scale).toBe(1);
    expect(wide.offsetX).toBe(320);
  });
});
