/**
 * Date-format options for a 24-hour clock (00–23) on every engine Hearth runs on.
 * `hourCycle` is Chromium 73+: older TV engines ignore it and print "上午6:38". They
 * honour `hour12: false` instead, which on engines that know `hourCycle` may choose
 * a 1–24 clock ("24:05" at midnight, Chromium 80+ in some locales), so each engine
 * gets the option it reads correctly, decided on first use: the first
 * Intl.DateTimeFormat of a page loads the engine's locale data (about 40 ms on a
 * desktop, a quarter of a second on a TV), which must not delay the first
 * screen. The probe asks in Chinese, the clock's usual language, so the data it
 * loads is the data the clock needs anyway.
 */
function knowsHourCycle(): boolean {
  try {
    const probe = new Intl.DateTimeFormat('zh-CN', { hour: 'numeric', hourCycle: 'h23' });
    return probe.resolvedOptions().hourCycle === 'h23';
  } catch {
    return false;
  }
}

let decided: Intl.DateTimeFormatOptions | null = null;

/** The options that give a 00–23 clock on this engine. */
export function h23Clock(): Intl.DateTimeFormatOptions {
  decided ??= knowsHourCycle() ? { hourCycle: 'h23' } : { hour12: false };
  return decided;
}
