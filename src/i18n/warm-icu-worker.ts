/**
 * Loads the engine's ICU data on a worker's thread, then ends. The first
 * Intl.DateTimeFormat of a page loads locale and time zone data (12–17 ms
 * here at 1× CPU on a blank page, 49–65 ms in the portal's start-up under the
 * bench, a quarter of a second on a TV), and that data belongs to the page's
 * process, not to a thread: done here while the main thread starts the
 * portal, the main thread's first one (the top bar's clock) finds it loaded:
 * 0–1 ms in the same blank-page measurement. It says so (warm-icu.ts).
 *
 * The calls are those the portal makes first, in both of its languages:
 * the clock's time and date, and the Collator My Home sorts rooms with.
 */
const zone = 'Asia/Shanghai';
for (const locale of ['zh-CN', 'en']) {
  new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(0);
  new Intl.DateTimeFormat(locale, { timeZone: zone, month: 'long', weekday: 'short' }).format(0);
  new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }).compare('1', '2');
}
postMessage('warm');
close();
