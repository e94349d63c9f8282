import { describe, expect, it } from 'vitest';
import {
  candidate,
  directionalScore,
  intersectRect,
  isBetterCandidate,
  isInDirection,
  unionRect,
  type Rect,
} from '@src/focus/geometry.js';

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

describe('choosing between a candidate in line and one off to the side (FocusFinder.beamBeats)', () => {
  const rect = (left: number, top: number, right: number, bottom: number) => ({
    left,
    top,
    right,
    bottom,
  });
  // Settings: "标准" in one row; the next row's choice sits to its right, off the
  // beam; a long button three rows down overlaps the beam.
  const source = rect(850, 300, 1060, 380);
  const nextRowOffBeam = rect(1085, 430, 1530, 510);
  const farInBeam = rect(100, 860, 1040, 940);

  it('Down goes to the next row (zone) rather than jumping to a row in line further down', () => {
    const near = candidate(source, nextRowOffBeam, 'Down', true);
    const far = candidate(source, farInBeam, 'Down', true);
    expect(near && far).toBeTruthy();
    expect(isBetterCandidate(near!, far, 'Down')).toBe(true);
    expect(isBetterCandidate(far!, near, 'Down')).toBe(false);
  });

  it('in line still wins over off to the side within the same row', () => {
    const below = candidate(source, rect(860, 430, 1000, 510), 'Down');
    const diagonal = candidate(source, rect(1085, 430, 1200, 510), 'Down');
    expect(isBetterCandidate(below!, diagonal, 'Down')).toBe(true);
  });

  it('Left/Right always keep to the beam', () => {
    const inLine = candidate(source, rect(1500, 300, 1600, 380), 'Right');
    const closerOff = candidate(source, rect(1080, 381, 1100, 400), 'Right');
    expect(isBetterCandidate(inLine!, closerOff, 'Right')).toBe(true);
  });
});

describe('among the keys of one group the beam always wins', () => {
  it('Down past a disabled key lands on the key in line below, not on a neighbour', () => {
    const t = { left: 1420, top: 560, right: 1535, bottom: 645 };
    const done = candidate(t, { left: 1315, top: 760, right: 1535, bottom: 845 }, 'Down');
    const period = candidate(t, { left: 1195, top: 660, right: 1305, bottom: 745 }, 'Down');
    expect(isBetterCandidate(done!, period, 'Down')).toBe(true);
  });
});

describe('intersectRect', () => {
  it('is the overlap of two rects, or null when they only touch or are apart', () => {
    const list = { left: 0, top: 100, right: 1000, bottom: 600 };
    expect(intersectRect(list, { left: 20, top: 500, right: 980, bottom: 900 })).toEqual({
      left: 20,
      top: 500,
      right: 980,
      bottom: 600,
    });
    expect(intersectRect(list, { left: 0, top: 600, right: 100, bottom: 700 })).toBeNull();
    expect(intersectRect(list, { left: 0, top: 700, right: 100, bottom: 800 })).toBeNull();
  });
});
