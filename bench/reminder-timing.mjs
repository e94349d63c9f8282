// Measures: a programme reminder coming over live TV on time (DESIGN.md's one frame, p95 at 1×).
// The demo build's live TV plays channel 1; before the page loads, an init script keeps
// `count` reminders in localStorage (as 提醒我 would), due `every` ms apart from `firstDueIn`
// after the page's start (the reminder lead is Settings' default, 1 minute, so each
// programme starts a minute after it is due). The clock of each: its due time (the page's
// Date.now(), which the portal schedules by) → the end of the frame that paints its panel
// (a MutationObserver sees the panel enter the DOM; a message posted from that frame's rAF
// runs once its style, layout and paint are done, as in latency-probe.mjs). The
// bench answers each with Back (忽略), as a household would, so the next one can come.
import { median, p95 } from './stats.mjs';
import { WATCH_VIEWPORT, waitForPicture } from './watch-page.mjs';

/** Init script: the reminders, and when each panel was first painted. */
export function reminderProbe({ firstDueIn, every, count }) {
  const LEAD_MS = 60_000;
  const start = Date.now();
  const due = Array.from({ length: count }, (_, i) => start + firstDueIn + i * every);
  localStorage.setItem(
    'hearth.reminders',
    JSON.stringify(
      due.map((at, i) => ({
        // A channel the playlist does not list: the guide's arrival leaves these made-up
        // titles alone (on a listed channel, a title the guide lacks is cancelled).
        channelKey: 'bench-unlisted',
        channelName: '测量频道',
        title: `提醒测量 ${i + 1}`,
        start: at + LEAD_MS,
        stop: at + LEAD_MS + 30 * 60_000,
        autoSwitch: false,
      })),
    ),
  );
  const shown = [];
  window.__reminders = { due, shown };
  const find = (root, tag) => {
    const direct = root.querySelector(tag);
    if (direct) return direct;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot, tag);
      if (inner) return inner;
    }
    return null;
  };
  let host = null;
  // Which frame paints a panel: one that entered the DOM during a frame's rAF callbacks
  // (the portal draws reminders there) is painted by that frame; one that entered between
  // frames, by the next. `inFrame` runs from this probe's rAF callback (the first of each
  // frame: it is always asked for first) to a message posted from it, which runs once the
  // frame's style, layout and paint are done.
  let inFrame = false;
  const waiting = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    inFrame = false;
    const painted = { painted: Date.now(), paintedHr: performance.now() };
    for (const entry of waiting.splice(0)) {
      if (entry.thisFrame) shown.push({ ...entry, ...painted });
      else waiting.push(entry);
    }
  };
  // When each panel entered the DOM (the overlay's timer and render), apart from its paint.
  const inDom = [];
  window.__reminders.inDom = inDom;
  const watch = (root) =>
    new MutationObserver(() => {
      const id = root.querySelector('section[data-reminder]')?.dataset.reminder;
      if (!id || inDom.at(-1)?.id === id) return;
      inDom.push({ id, at: Date.now(), hr: performance.now() });
      waiting.push({ id, thisFrame: inFrame });
    }).observe(root, { childList: true, subtree: true, attributeFilter: ['data-reminder'] });
  // The page's own frame interval while live TV plays (rAF to rAF).
  const intervals = [];
  window.__reminders.intervals = intervals;
  let previous = 0;
  const frame = (t) => {
    requestAnimationFrame(frame);
    if (previous) intervals.push(t - previous);
    previous = t;
    if (intervals.length > 4000) intervals.splice(0, 2000);
    if (!host) {
      host = find(document, 'hearth-programme-reminder');
      if (host?.shadowRoot) watch(host.shadowRoot);
    }
    for (const entry of waiting) entry.thisFrame = true;
    inFrame = true;
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}

export async function measureReminderTiming(
  browser,
  baseUrl,
  { count = 20, every = 1500, firstDueIn = 25_000, log = () => {} } = {},
) {
  const context = await browser.newContext({ viewport: WATCH_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(
      () =>
        (window.__watchParts = () => {
          const watch = document
            .querySelector('hearth-app')
            ?.shadowRoot?.querySelector('hearth-watch')?.shadowRoot;
          return { video: watch?.querySelector('video') ?? null };
        }),
    );
    await page.addInitScript(reminderProbe, { firstDueIn, every, count });
    await page.goto(`${baseUrl}/#/watch`);
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length);
    // A key press lets the video play with sound, as on a TV; then the picture runs.
    await page.keyboard.press('Shift');
    await waitForPicture(page, 20_000);
    const before = await page.evaluate(() => Date.now() - window.__reminders.due[0]);
    if (before > 0)
      throw new Error(`live TV took too long: the first reminder was due ${before} ms ago`);
    for (let i = 0; i < count; i++) {
      await page.waitForFunction((n) => window.__reminders.shown.length > n, i, {
        timeout: firstDueIn + count * every + 10_000,
        polling: 20,
      });
      // The household reads it first (and its panel takes the focus): then 忽略.
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
    }
    const { due, shown, inDom, intervals } = await page.evaluate(() => window.__reminders);
    const late = shown.map((s, i) => s.painted - due[i]);
    const toDom = inDom.map((d, i) => d.at - due[i]);
    const domToPaint = shown.map((s, i) => s.paintedHr - (inDom[i]?.hr ?? NaN));
    const result = {
      count: late.length,
      p50: median(late),
      p95: p95(late),
      max: Math.max(...late),
      min: Math.min(...late),
      runs: late,
      toDomP50: median(toDom),
      toDomP95: p95(toDom),
      domToPaintP50: median(domToPaint),
      domToPaintP95: p95(domToPaint),
      frameP50: median(intervals),
    };
    log(
      `  reminder due → its panel painted over live TV: p50 ${result.p50.toFixed(0)} / p95 ${result.p95.toFixed(0)} ms (max ${result.max}); ` +
        `due → panel in the DOM ${result.toDomP50.toFixed(0)} / ${result.toDomP95.toFixed(0)}, DOM → painted ${result.domToPaintP50.toFixed(1)} / ${result.domToPaintP95.toFixed(1)} ms; ` +
        `the page's frames ${result.frameP50.toFixed(1)} ms apart (median)\n` +
        `    ${late.join(', ')} ms`,
    );
    return result;
  } finally {
    await context.close();
  }
}
