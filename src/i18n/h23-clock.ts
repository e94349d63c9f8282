/**
 * Date-format options for a 24-hour clock (00–23) on every engine Hearth runs on.
 * `hourCycle` is Chromium 73+: older TV engines ignore it and print "上午6:38". They
 * honour `hour12: false` instead, which on engines that know `hourCycle` may choose
 * a 1–24 clock ("24:05" at midnight, Chromium 80+ in some locales), so each engine
 * gets the option it reads correctly, decided once.
 */
function knowsHourCycle(): boolean {
  try {
    const probe = new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23' });
    return probe.resolvedOptions().hourCycle === 'h23';
  } catch {
    return false;
  }
}

export const H23_CLOCK: Intl.DateTimeFormatOptions = knowsHourCycle()
  ? { hourCycle: 'h23' }
  : { hour12: false };
