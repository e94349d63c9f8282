import { describe, expect, it } from 'vitest';
import {
  directionalScore,
  isInDirection,
  unionRect,
  type Rect,
} from '../../../src/focus/geometry.js';

const box = (left: number, top: number, w = 100, h = 100): Rect => ({
  left,
  top,
  right: left + w,
  bottom: top + h,
});

describe('directional scoring', () => {
  it('only counts candidates that lie beyond the source in the direction', () => {
    const from = box(100, 100);
    expect(isInDirection(from, box(250, 100), 'Right')).toBe(true);
    expect(isInDirection(from, box(-50, 100), 'Right')).toBe(false);
    expect(isInDirection(from, box(100, 250), 'Down')).toBe(true);
    expect(isInDirection(from, box(100, -50), 'Down')).toBe(false);
    expect(directionalScore(from, box(100, -150), 'Down')).toBeNull();
  });

  it('prefers a candidate in the beam over a nearer one off to the side', () => {
    const from = box(0, 0);
    const inBeam = box(400, 50);
    const offBeamButClose = box(120, 150);
    const a = directionalScore(from, inBeam, 'Right');
    const b = directionalScore(from, offBeamButClose, 'Right');
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a as number).toBeLessThan(b as number);
  });

  it('among beam candidates the nearest wins (13·major² + minor²)', () => {
    const from = box(0, 0);
    const near = box(150, 40);
    const far = box(300, 0);
    expect(directionalScore(from, near, 'Right') as number).toBeLessThan(
      directionalScore(from, far, 'Right') as number,
    );
  });

  it('the union of rects ignores empty (hidden) ones', () => {
    expect(unionRect([box(0, 0), box(200, 300), { left: 0, top: 0, right: 0, bottom: 0 }])).toEqual(
      {
        left: 0,
        top: 0,
        right: 300,
        bottom: 400,
      },
    );
    expect(unionRect([])).toBeNull();
  });
});

describe('off-beam candidates', () => {
  it('count for Left/Right only when less than a row away', () => {
    const from = box(1000, 100, 200, 80);
    // Rows below and to the left are not "Left".
    expect(directionalScore(from, box(100, 700, 300, 80), 'Left')).toBeNull();
    expect(directionalScore(from, box(600, 340, 300, 80), 'Left')).toBeNull();
    // Slightly lower and to the left: still "Left".
    expect(directionalScore(from, box(100, 220, 300, 80), 'Left')).not.toBeNull();
  });
});

describe('rows', () => {
  it('Down reaches the next row even when it starts far to the side', () => {
    const from = box(1100, 500, 200, 80);
    expect(directionalScore(from, box(96, 620, 560, 80), 'Down')).not.toBeNull();
  });
});

describe('zones as candidates', () => {
  it('a wide row just below beats a narrow block further down', () => {
    const from = box(8, 127, 140, 90);
    const wideRow = { left: 8, top: 233, right: 1864, bottom: 323 };
    const narrowFurther = { left: 8, top: 339, right: 470, bottom: 429 };
    expect(directionalScore(from, wideRow, 'Down', true) as number).toBeLessThan(
      directionalScore(from, narrowFurther, 'Down', true) as number,
    );
  });
});
