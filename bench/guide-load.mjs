// Measure: the 38 MB guide loading in the portal must not hold the main thread for more
// than 50 ms at a time (DESIGN.md: parsed off the main thread, no main-thread task over
// 50 ms). The portal opens with the bench's operator config (1,500 channels, the guide of
// guide-parse.mjs); Live TV is chosen on the home screen, and every long task from the
// page's start until it logs `[hearth:guide] loaded` is kept, with the Long Animation
// Frame entries that say which script ran in it.
//
// Twice in one context: a first visit (no service worker yet, nothing cached) and a
// return visit (the worker installed, playlist and guide held as public data and
// revalidated). The longest task of either is the one the budget is about.
import { enterLiveTv, watchPageProbe, watchProblems, WATCH_VIEWPORT } from './watch-page.mjs';

/** Init script: every long task and long animation frame from the document's start. */
export function longTaskProbe() {
  const tasks = [];
  const frames = [];
  window.__longTasks = { tasks, frames, enteredAt: null };
  // OK on the home screen opens Live TV: from then on the watch screen and its guide run.
  addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') window.__longTasks.enteredAt ??= event.timeStamp;
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts
            .map((s) => ({
              duration: s.duration,
              invoker: s.invoker,
              source: `${s.sourceURL.split('/').pop()}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''}`,
            }))
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 3),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No Long Animation Frame API: the long tasks alone still give the verdict.
  }
}

async function visit(page, baseUrl, label, log) {
  const guide = await enterLiveTv(page, baseUrl);
  // Entries are delivered after the task ends: let the last ones arrive.
  await page.waitForTimeout(200);
  const { tasks, frames, enteredAt } = await page.evaluate(() => window.__longTasks);
  const until = tasks.filter((t) => t.start <= guide.at);
  // What ran in a task: the scripts of the long animation frame that overlaps it most.
  const scriptsIn = (task) => {
    let best;
    let bestOverlap = 0;
    for (const f of frames) {
      const overlap =
        Math.min(f.start + f.duration, task.start + task.duration) - Math.max(f.start, task.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [f, overlap];
    }
    return best?.scripts ?? [];
  };
  const described = until.map((t) => ({
    atMs: Math.round(t.start),
    ms: Math.round(t.duration),
    scripts: scriptsIn(t).map((s) => `${s.source} (${s.invoker}) ${s.duration.toFixed(0)} ms`),
  }));
  const longestOf = (list) => list.reduce((a, b) => Math.max(a, b.ms), 0);
  // Tasks that end after OK was pressed: the watch screen's, not the portal's start.
  const inWatch = described.filter((t) => t.atMs + t.ms >= enteredAt);
  const result = {
    loadedMs: guide.at,
    enteredMs: enteredAt,
    stats: guide.stats,
    longTasks: until.length,
    over50: until.filter((t) => t.duration > 50).length,
    longestMs: longestOf(described),
    longestInWatchMs: longestOf(inWatch),
    tasks: described,
  };
  log(
    `  ${label}: Live TV chosen at ${(enteredAt / 1000).toFixed(2)} s, guide loaded at ${(result.loadedMs / 1000).toFixed(2)} s; ` +
      `${result.longTasks} long tasks, ${result.over50} over 50 ms, longest ${result.longestMs} ms ` +
      `(${result.longestInWatchMs} ms after Live TV was chosen)`,
  );
  for (const t of described.filter((d) => d.ms > 50)) {
    log(
      `    ${t.ms} ms at ${(t.atMs / 1000).toFixed(2)} s: ${t.scripts.join('; ') || '(no script named)'}`,
    );
  }
  return result;
}

export async function measureGuideLoad(browser, baseUrl, { log = () => {} } = {}) {
  const context = await browser.newContext({ viewport: WATCH_VIEWPORT });
  try {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.addInitScript(watchPageProbe);
    await page.addInitScript(longTaskProbe);
    const first = await visit(page, baseUrl, 'first visit', log);
    const again = await visit(page, baseUrl, 'return visit', log);
    for (const problem of new Set(problems)) log(`  page said: ${problem}`);
    return {
      first,
      again,
      longestMs: Math.max(first.longestMs, again.longestMs),
      longestInWatchMs: Math.max(first.longestInWatchMs, again.longestInWatchMs),
      problems: [...new Set(problems)],
    };
  } finally {
    await context.close();
  }
}
