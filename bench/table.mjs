// The one table `npm run bench` prints: a row per figure, Hearth beside each peer
// (with the peer/Hearth ratio), the DESIGN.md budget and whether this run met it.

const ms = (v) =>
  Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(v >= 10 ? 1 : 2)) : 'n/a';
const int = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : 'n/a');
const times = (v) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v.toFixed(1)}×` : 'n/a');
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/** Rows for measure 1; `grid` maps library id → summary, Hearth first. */
function gridRows(grid, peers) {
  const hearth = grid.hearth;
  const fastest = peers.reduce((a, b) => (grid[b].medianMs < grid[a].medianMs ? b : a));
  const speedRatio = grid[fastest].medianMs / hearth.medianMs;
  const readRatio = hearth.medianReads / grid[fastest].medianReads;
  // Each peer's figure with how many times Hearth's it is.
  const peerCells = (value, format) =>
    peers.map((id) => `${format(value(grid[id]))} (${times(value(grid[id]) / value(hearth))})`);
  const mistakes = (s) => `${s.wrong} / ${s.stuck} / ${s.lost}`;
  const clean = [hearth, ...peers.map((id) => grid[id])].map((s) => s.wrong + s.stuck + s.lost);
  return [
    [
      `1. focus move, 2,000 buttons: median ms (${hearth.moves} key presses)`,
      ms(hearth.medianMs),
      ...peerCells((s) => s.medianMs, ms),
      `fastest peer ≥ 10× Hearth`,
      `${verdict(speedRatio >= 10)} (${times(speedRatio)} vs ${grid[fastest].library})`,
    ],
    ['   p95 ms', ms(hearth.p95Ms), ...peerCells((s) => s.p95Ms, ms), '', ''],
    [
      '   of which key → focus() called (search), median ms',
      ms(hearth.medianSearchMs),
      ...peerCells((s) => s.medianSearchMs, ms),
      '',
      `(${times(grid[fastest].medianSearchMs / hearth.medianSearchMs)} on search alone)`,
    ],
    [
      `   layout reads per move, median of ${hearth.readCountMoves} (untimed pass)`,
      int(hearth.medianReads),
      ...peerCells((s) => s.medianReads, int),
      `≤ 1 % of fastest peer's`,
      `${verdict(readRatio <= 0.01)} (${(readRatio * 100).toFixed(3)} %)`,
    ],
    [
      '   wrong / stuck / lost moves',
      mistakes(hearth),
      ...peers.map((id) => mistakes(grid[id])),
      '0 for Hearth',
      `${verdict(clean[0] === 0)}${clean.slice(1).some((n) => n > 0) ? '' : ' (peers also clean)'}`,
    ],
  ];
}

export function renderTable(results, peerLabels) {
  const peers = Object.keys(peerLabels);
  const dash = peers.map(() => '—');
  const rows = [];
  const notMeasured = (measure, site) => {
    const reason = results.buildErrors?.[site]?.summary;
    rows.push([
      measure,
      'not measured',
      ...dash,
      '',
      `FAIL: ${site} did not build (${reason ?? 'see log'})`,
    ]);
  };
  if (results.grid) rows.push(...gridRows(results.grid, peers));
  else notMeasured('1. focus move, 2,000 buttons', 'lab');
  const lat = results.latency;
  if (lat) {
    for (const [rate, budget] of [
      ['x1', 16.7],
      ['x6', 50],
    ]) {
      const r = lat.app[rate];
      const floor = lat.floor[rate];
      rows.push([
        `2. key → painted focus, settings, ${r.rate}× CPU: p50 / p95 ms (${r.presses} presses)`,
        `${ms(r.p50)} / ${ms(r.p95)}`,
        ...dash,
        `p95 ≤ ${budget} ms`,
        `${verdict(r.p95 <= budget && r.unmoved === 0)}${r.unmoved ? ` (${r.unmoved} presses did not move)` : ''}`,
      ]);
      rows.push([
        `   control: plain buttons, no framework, ${floor.rate}× CPU`,
        `${ms(floor.p50)} / ${ms(floor.p95)}`,
        ...dash,
        '',
        'what the browser alone costs here',
      ]);
    }
  } else notMeasured('2. key → painted focus, settings', 'demo');
  const cold = results.coldStart;
  if (cold) {
    rows.push([
      `3. cold start → first focus, 1× CPU: median of ${cold.x1.runs.length}, ms`,
      int(cold.x1.median),
      ...dash,
      '',
      '',
    ]);
    rows.push([
      `   6× CPU: median of ${cold.x6.runs.length}, ms`,
      int(cold.x6.median),
      ...dash,
      '≤ 1,500 ms',
      verdict(cold.x6.median <= 1500),
    ]);
  } else notMeasured('3. cold start → first focus', 'demo');
  const js = results.initialJs;
  if (js) {
    rows.push([
      `4. initial JS, gzip -9 (${js.files.length} files, production build)`,
      `${(js.gzip / 1000).toFixed(1)} kB`,
      ...dash,
      '≤ 60 kB',
      verdict(js.gzip <= 60_000),
    ]);
  } else notMeasured('4. initial JS', 'production');
  const cap = results.capParse;
  if (cap) {
    rows.push([
      `5. CAP feed of ${cap.count} alerts (${(cap.bytes / 1e6).toFixed(1)} MB): parse + area match, median ms`,
      ms(cap.median),
      ...dash,
      '',
      `${cap.covering} of ${cap.count} cover the household`,
    ]);
  } else notMeasured('5. CAP feed of 500 alerts', 'lab');
  const machine = results.machine;
  if (machine) {
    rows.push([
      `machine: 1-min load average at start / end (${machine.cores} cores, shared)`,
      `${machine.loadAtStart.toFixed(1)} / ${machine.loadAtEnd.toFixed(1)}`,
      ...dash,
      '',
      '',
    ]);
  }
  const header = [
    'measure',
    'Hearth',
    ...peers.map((id) => `${peerLabels[id]} (×Hearth)`),
    'budget',
    'verdict',
  ];
  const lines = [header, header.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  return lines.join('\n');
}
