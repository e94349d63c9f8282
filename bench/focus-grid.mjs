// Measure 1: the same 2,000-button grid driven by Hearth's engine and by two published
// spatial-navigation libraries, walked with identical real key presses, beside the floor:
// a page that finds the neighbour by index arithmetic and calls focus() (the browser's own
// cost of a focus change, which no engine can go under). At 1× and at 6× CPU. Per library:
// warm-up, the timed walk (interleaved across the three pages, every press judged against
// the grid cell it should reach), then an untimed short loop that counts layout reads.
import { BUDGET_READS, layoutProbe } from './layout-probe.mjs';
import { median, p95 } from './stats.mjs';

export const GRID_PAGES = [
  { id: 'hearth', label: 'Hearth', path: '/grid-hearth.html' },
  { id: 'polyfill', label: 'WICG polyfill', path: '/grid-polyfill.html' },
  { id: 'jsSpatial', label: 'js-spatial-navigation', path: '/grid-js-spatial.html' },
  // Not a peer: what Hearth is measured against for how much it adds (lab/grid-floor.ts).
  { id: 'floor', label: 'floor (index lookup + focus())', path: '/grid-floor.html', floor: true },
];

const STEP = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
};

/**
 * The walk: a loop from (0,0) — right to the far edge, down as many rows as the move
 * count leaves room for, left back to the first column, up home. All four directions,
 * both side edges, and on a plain grid every press has exactly one right answer.
 */
export function loopWalk(moves, columns, rows) {
  const across = columns - 1;
  const down = Math.min(rows - 1, Math.max(1, Math.floor((moves - 2 * across) / 2)));
  return [
    ...Array(across).fill('ArrowRight'),
    ...Array(down).fill('ArrowDown'),
    ...Array(across).fill('ArrowLeft'),
    ...Array(down).fill('ArrowUp'),
  ];
}

/** Warm-up (JIT, first measurements, caches), after which the walk starts from (0,0). */
const WARM_UP = [
  ...Array(4).fill('ArrowRight'),
  'ArrowDown',
  ...Array(4).fill('ArrowLeft'),
  'ArrowUp',
];

/** The untimed pass that counts layout reads: one press each way (they cost the same). */
const COUNT_LOOP = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];

const budgetReads = (press) =>
  BUDGET_READS.reduce(
    (sum, name) => sum + (press.reads1[name] ?? 0) - (press.reads0[name] ?? 0),
    0,
  );

const allReads = (press) => {
  const out = {};
  for (const [name, value] of Object.entries(press.reads1)) {
    const delta = value - (press.reads0[name] ?? 0);
    if (delta) out[name] = delta;
  }
  return out;
};

/** Open one library's page in its own context, at `rate`× CPU, and warm it up. */
async function open(browser, baseUrl, spec, log, rate) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  await page.addInitScript(layoutProbe);
  await page.goto(baseUrl + spec.path);
  await page.waitForFunction(() => window.lab !== undefined && window.__probe !== undefined);
  if (!(await page.evaluate(() => crossOriginIsolated))) log(`  ${spec.label}: timer is 100 µs`);
  const size = await page.evaluate(() => ({ columns: window.lab.columns, rows: window.lab.rows }));
  await page.evaluate(() => window.lab.focusAt(0, 0));
  for (const key of WARM_UP) await page.keyboard.press(key);
  await page.evaluate(() => {
    window.lab.focusAt(0, 0);
    window.__probe.reset();
  });
  return { spec, context, page, ...size, at: [0, 0], results: [], busyMs: 0 };
}

/** Press one key on one page and judge where focus went. */
async function step(session, key) {
  const { page, rows, columns, at } = session;
  const started = Date.now();
  await page.keyboard.press(key);
  const press = await page.evaluate(() => window.__probe.presses.at(-1));
  const [dr, dc] = STEP[key];
  const expected = [at[0] + dr, at[1] + dc];
  if (expected[0] < 0 || expected[0] >= rows || expected[1] < 0 || expected[1] >= columns) {
    throw new Error(`the walk left the grid at ${at}`);
  }
  const to = press?.to ?? null;
  let verdict = 'ok';
  if (!press || press.t1 === undefined || !to) verdict = 'lost';
  else if (to[0] === at[0] && to[1] === at[1]) verdict = 'stuck';
  else if (to[0] !== expected[0] || to[1] !== expected[1]) verdict = 'wrong';
  session.results.push({
    key,
    from: at,
    expected,
    to,
    verdict,
    ms: press ? press.t1 - press.t0 : NaN,
    searchMs: press?.tFocusCall != null ? press.tFocusCall - press.t0 : NaN,
    focusCallMs: press?.tFocusReturn != null ? press.tFocusReturn - press.tFocusCall : NaN,
  });
  // Put focus where it should be, with the library's own API, so that one mistake is
  // counted once and every library walks the same cells.
  if (verdict !== 'ok') await page.evaluate(([r, c]) => window.lab.focusAt(r, c), expected);
  session.at = expected;
  session.busyMs += Date.now() - started;
}

/** The untimed pass with counting on: layout reads for each press of COUNT_LOOP. */
async function countReads(session) {
  const { page } = session;
  await page.evaluate(() => {
    window.lab.focusAt(0, 0);
    window.__probe.reset();
    window.__probe.setCounting(true);
  });
  for (const key of COUNT_LOOP) await page.keyboard.press(key);
  const presses = await page.evaluate(() => {
    window.__probe.setCounting(false);
    return window.__probe.presses;
  });
  session.reads = presses.map(budgetReads);
  session.readsByApi = allReads(presses[1]);
}

function summarise({ spec, results, busyMs, reads, readsByApi }) {
  const ms = results.map((r) => r.ms);
  const searchMs = results.map((r) => r.searchMs).filter((v) => !Number.isNaN(v));
  const focusCallMs = results.map((r) => r.focusCallMs).filter((v) => !Number.isNaN(v));
  const count = (v) => results.filter((r) => r.verdict === v).length;
  return {
    library: spec.label,
    moves: results.length,
    medianMs: median(ms),
    p95Ms: p95(ms),
    medianSearchMs: median(searchMs),
    medianFocusCallMs: median(focusCallMs),
    medianReads: median(reads),
    maxReads: Math.max(...reads),
    readCountMoves: reads.length,
    wrong: count('wrong'),
    stuck: count('stuck'),
    lost: count('lost'),
    wallSeconds: busyMs / 1000,
    readsByApiOneMove: readsByApi,
    mistakes: results.filter((r) => r.verdict !== 'ok').slice(0, 20),
  };
}

/**
 * All three pages open at once, each in its own context, and the walk interleaved
 * press by press (in rotating order): the machine's load drifts over a run, and this
 * way every library meets the same drift instead of one getting a quiet minute.
 */
export async function measureFocusGrid(
  browser,
  baseUrl,
  { moves = 120, rate = 1, skip = [], log = () => {} } = {},
) {
  const sessions = [];
  try {
    for (const spec of GRID_PAGES) {
      if (!skip.includes(spec.id)) sessions.push(await open(browser, baseUrl, spec, log, rate));
    }
    const keys = loopWalk(moves, sessions[0].columns, sessions[0].rows);
    for (const [i, key] of keys.entries()) {
      for (let k = 0; k < sessions.length; k++) {
        await step(sessions[(i + k) % sessions.length], key);
      }
    }
    for (const session of sessions) await countReads(session);
    const out = { rate };
    for (const session of sessions) {
      const summary = summarise(session);
      out[session.spec.id] = summary;
      log(
        `  ${summary.library}, ${rate}× CPU: median ${summary.medianMs.toFixed(3)} ms ` +
          `(search ${summary.medianSearchMs.toFixed(3)}, inside focus() ${summary.medianFocusCallMs.toFixed(3)}), ` +
          `${summary.medianReads} reads, ` +
          `${summary.wrong} wrong / ${summary.stuck} stuck / ${summary.lost} lost (${summary.wallSeconds.toFixed(0)} s)`,
      );
    }
    return out;
  } finally {
    for (const session of sessions) await session.context.close();
  }
}
