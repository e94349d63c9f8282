/**
 * The grid's rows on schedules as real guides write them: overlaps, zero and
 * negative lengths, duplicates, gaps, unsorted entries, missing stops, times
 * around midnight in `+0800`, channels with nothing in the window. Whatever the
 * schedule and the window, building a row ends within a bound and gives cells
 * that never overlap and stay inside the window; and no cell's title hands
 * Lightning a width its text wrapping cannot finish (the cause of the guide
 * freeze: a one-minute programme's cell, narrower than the ".." suffix).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGuideStore } from '@src/data/guide/guide-store.js';
import type { Programme } from '@src/data/guide/guide-types.js';
import { rowCells, type GridCell } from '@src/features/watch/guide-row.js';
import { canWrapText, textPatch } from '@src/features/watch/lightning/text.js';
import type { WatchTheme } from '@src/features/watch/watch-theme.js';
// Lightning's own wrapping code, the one that froze: its package does not export it.
import { wrapText } from '../../../../node_modules/@lightningjs/core/dist/src/textures/TextTextureRendererUtils.js';

const MIN = 60_000;
/** Midnight in Shanghai, 2026-12-06, as epoch ms. */
const MIDNIGHT = Date.UTC(2026, 11, 5, 16, 0);
const MAX_CELLS = 20;

/** A schedule entry as a guide may write it, in minutes from MIDNIGHT; `stop` may be absent. */
interface Entry {
  start: number;
  length: number | null;
  title: string;
}

const entry = fc.record({
  // Around midnight, a day either side: programmes that cross it, start before it, end after it.
  start: fc.integer({ min: -26 * 60, max: 26 * 60 }),
  // Negative (stop before start), zero, one-minute fillers, long films; null = no stop.
  length: fc.option(fc.oneof(fc.integer({ min: -30, max: 5 }), fc.integer({ min: 0, max: 400 })), {
    freq: 8,
  }),
  title: fc.constantFrom('开始', '新闻联播', '天气预报', '电视剧：人世间', 'A & B', '广告'),
});

/** Entries, some repeated (duplicates), in any order. */
const schedule = fc
  .tuple(fc.array(entry, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 10 }))
  .chain(([entries, repeats]) => {
    const withDuplicates = [...entries];
    for (const r of repeats) if (entries.length) withDuplicates.push(entries[r % entries.length]!);
    return fc.shuffledSubarray(withDuplicates, {
      minLength: withDuplicates.length,
      maxLength: withDuplicates.length,
    });
  });

/** A window: two hours (the grid), or anything else a caller might ask. */
const window = fc.record({
  from: fc.integer({ min: -30 * 60, max: 30 * 60 }).map((m) => MIDNIGHT + m * MIN),
  span: fc.oneof(
    fc.constant(120 * MIN),
    fc.integer({ min: -60, max: 24 * 60 }).map((m) => m * MIN),
  ),
});

function asProgrammes(entries: readonly Entry[]): Programme[] {
  return entries.map((e) => ({
    channelId: 'c',
    start: MIDNIGHT + e.start * MIN,
    stop: e.length === null ? NaN : MIDNIGHT + (e.start + e.length) * MIN,
    title: e.title,
  }));
}

function expectWellFormedRow(cells: GridCell[], from: number, to: number): void {
  expect(cells.length).toBeLessThanOrEqual(MAX_CELLS);
  let previousStop = from;
  for (const cell of cells) {
    expect(cell.start).toBeGreaterThanOrEqual(from);
    expect(cell.stop).toBeLessThanOrEqual(to);
    expect(cell.stop).toBeGreaterThan(cell.start);
    // In time order and never overlapping the cell before.
    expect(cell.start).toBeGreaterThanOrEqual(previousStop);
    previousStop = cell.stop;
    // A cell only ever shows time its programme is on air.
    expect(cell.start).toBeGreaterThanOrEqual(cell.programme.start);
    expect(cell.stop).toBeLessThanOrEqual(cell.programme.stop);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYYMMDDhhmmss +0800`. */
function xmltvTime(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00 +0800`;
}

/** An XMLTV file with these schedules, one channel each; `empty` channels have none. */
function xmltv(schedules: readonly Entry[][], emptyChannels: number): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<tv>\n'];
  const total = schedules.length + emptyChannels;
  for (let c = 0; c < total; c++)
    parts.push(`  <channel id="ch${c}"><display-name>频道${c}</display-name></channel>\n`);
  schedules.forEach((entries, c) => {
    for (const e of entries) {
      const start = MIDNIGHT + e.start * MIN;
      const stop = e.length === null ? '' : ` stop="${xmltvTime(start + e.length * MIN)}"`;
      const title = e.title.replace('&', '&amp;');
      parts.push(
        `  <programme start="${xmltvTime(start)}"${stop} channel="ch${c}">\n    <title lang="zh">${title}</title>\n  </programme>\n`,
      );
    }
  });
  parts.push('</tv>\n');
  return parts.join('');
}

/** A canvas stand-in for Lightning: Chinese at an em, Latin and dots narrower; it counts. */
function measuringContext(size: number, limit: number) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    measureText(text: string) {
      if (++calls > limit) throw new Error(`text wrapping did not finish in ${limit} measurements`);
      let width = 0;
      for (const ch of text)
        width += ch.charCodeAt(0) > 0x2e80 ? size : ch === '.' ? size * 0.28 : size * 0.55;
      return { width };
    },
  };
}

const theme = { fontFace: 'sans-serif', text: 0xffffffff } as unknown as WatchTheme;

describe('the grid rows on any schedule', () => {
  it('a row from raw programmes ends within a bound, inside the window, without overlaps', () => {
    fc.assert(
      fc.property(schedule, window, (entries, { from, span }) => {
        const programmes = asProgrammes(entries);
        const to = from + span;
        const cells = rowCells(programmes, from, to, MAX_CELLS);
        if (!(to > from)) expect(cells).toEqual([]);
        expectWellFormedRow(cells, from, to);
      }),
      { numRuns: 2000 },
    );
  });

  it('a row from the guide store, read from XMLTV in +0800, is well formed for every channel', () => {
    fc.assert(
      fc.property(
        fc.array(schedule, { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 2 }),
        window,
        (schedules, emptyChannels, { from }) => {
          const store = buildGuideStore([xmltv(schedules, emptyChannels)]);
          const to = from + 120 * MIN;
          for (let c = 0; c < schedules.length + emptyChannels; c++) {
            const programmes = store.programmes(`ch${c}`, from, to);
            // The store's own promise: sorted, non-empty, never overlapping.
            for (let i = 0; i < programmes.length; i++) {
              expect(programmes[i]!.stop).toBeGreaterThan(programmes[i]!.start);
              if (i > 0)
                expect(programmes[i]!.start).toBeGreaterThanOrEqual(programmes[i - 1]!.stop);
            }
            const cells = rowCells(programmes, from, to, MAX_CELLS);
            expectWellFormedRow(cells, from, to);
            if (c >= schedules.length) expect(cells).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every cell's title is one Lightning can wrap: its wrapping finishes, on one line", () => {
    fc.assert(
      fc.property(
        schedule,
        window,
        fc.constantFrom(24, 28, 32, 40),
        fc.constantFrom('', '↺ '),
        (entries, { from }, size, mark) => {
          const to = from + 120 * MIN;
          const gridW = 1728 - 340 - 20;
          const msToX = (ms: number) => ((ms - from) / (to - from)) * gridW;
          for (const cell of rowCells(asProgrammes(entries), from, to, MAX_CELLS)) {
            // As guide-grid.ts sizes a cell's title.
            const width = msToX(cell.stop) - msToX(cell.start) - 34;
            const patch = textPatch(theme, `${mark}${cell.programme.title}`, { size, width }).text;
            if (!canWrapText(width, size)) expect(patch.text).toBe('');
            const context = measuringContext(size, 10_000);
            const lines = wrapText(
              context as unknown as CanvasRenderingContext2D,
              patch.text,
              patch.wordWrapWidth,
              0,
              0,
              patch.maxLines,
              '..',
              patch.wordBreak,
            );
            expect(lines.length).toBeLessThanOrEqual(patch.maxLines);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("Lightning's wrapping does hang on a width narrower than its suffix (what the guard prevents)", () => {
    const context = measuringContext(28, 10_000);
    expect(() =>
      wrapText(context as unknown as CanvasRenderingContext2D, '天气预报', 5, 0, 0, 1, '..', true),
    ).toThrow(/did not finish/);
  });
});
