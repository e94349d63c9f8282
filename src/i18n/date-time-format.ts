/**
 * Dates and times in words, with one Intl.DateTimeFormat kept per locale, time
 * zone and shape: building one costs a TV a noticeable slice of a frame (the
 * bench's long tasks count the first), and lists format a date per row.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(
  ms: number,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}
