/**
 * Fills the placeholders of a catch-up address template. The vocabulary is
 * pvr.iptvsimple's (`{utc}`, `${start}`, `{Y}`, `{duration:60}`, `{utc:YmdHMS}`,
 * `{catchup-id}`…) plus the `${(b)yyyyMMddHHmmss}` form of Chinese operators'
 * lists. Replacement is one pass over the template, so a value that happens to
 * contain braces (a catch-up id) is never read as a placeholder itself.
 * Unknown placeholders are left as written: the server may use braces itself.
 *
 * Zones: Kodi writes wall-clock parts (`{Y}`…`{S}`, formatted timestamps) in the
 * device's local time. A TV's own zone is unreliable, so they use the portal's
 * configured zone instead; names that say UTC (`{utc:…}`, `{utcend:…}`,
 * `{lutc:…}`, `${(b)…|UTC}`) are always written in UTC.
 */
import { timePartsIn, type TimeParts } from './zoned-time.js';

export interface TemplateTimes {
  /** Programme start and end, epoch ms, with any catch-up correction applied. */
  start: number;
  end: number;
  now: number;
  catchupId?: string;
}

type Instant = 'start' | 'end' | 'now';

const TIMESTAMPS: Record<string, { instant: Instant; utc: boolean }> = {
  utc: { instant: 'start', utc: true },
  start: { instant: 'start', utc: false },
  utcend: { instant: 'end', utc: true },
  end: { instant: 'end', utc: false },
  lutc: { instant: 'now', utc: true },
  now: { instant: 'now', utc: false },
  timestamp: { instant: 'now', utc: false },
};

/** Kodi's letters, in `{Y}` placeholders and in `{utc:Y-m-d}` formats. */
const KODI_LETTERS: Record<string, keyof TimeParts> = {
  Y: 'year',
  m: 'month',
  d: 'day',
  H: 'hour',
  M: 'minute',
  S: 'second',
};

/** Java SimpleDateFormat letters, as in `${(b)yyyyMMddHHmmss}`. */
const JAVA_LETTERS: Record<string, keyof TimeParts> = {
  y: 'year',
  M: 'month',
  d: 'day',
  H: 'hour',
  m: 'minute',
  s: 'second',
};

// 1-3: ${(b)pattern|zone}; 4-5: {name} / ${name} / {name:argument}.
const PLACEHOLDER =
  /\$\{\(([be])\)([^}|]*)(?:\|([^}]*))?\}|\$?\{([A-Za-z][A-Za-z-]*)(?::([^}]*))?\}/g;

export function fillCatchupTemplate(
  template: string,
  times: TemplateTimes,
  timeZone: string,
): string {
  const instants: Record<Instant, number> = { start: times.start, end: times.end, now: times.now };
  const parts = (instant: Instant, zone: string): TimeParts => timePartsIn(instants[instant], zone);
  const seconds = (instant: Instant): number => Math.floor(instants[instant] / 1000);

  const valueOf = (name: string, argument: string | undefined): string | undefined => {
    const timestamp = TIMESTAMPS[name];
    if (timestamp) {
      if (argument === undefined) return String(seconds(timestamp.instant));
      const zone = timestamp.utc ? 'UTC' : timeZone;
      return formatKodi(argument, parts(timestamp.instant, zone));
    }
    if (name === 'duration') return divided(seconds('end') - seconds('start'), argument);
    if (name === 'offset') return divided(seconds('now') - seconds('start'), argument);
    if (name === 'catchup-id' && argument === undefined) return times.catchupId ?? '';
    const letter = KODI_LETTERS[name];
    if (letter && argument === undefined) return formatKodi(name, parts('start', timeZone));
    return undefined;
  };

  return template.replace(
    PLACEHOLDER,
    (
      match: string,
      edge: string | undefined,
      pattern: string | undefined,
      zone: string | undefined,
      name: string | undefined,
      argument: string | undefined,
    ) => {
      if (edge !== undefined) {
        const inZone = zone?.trim().toUpperCase() === 'UTC' ? 'UTC' : timeZone;
        return formatJava(pattern ?? '', parts(edge === 'b' ? 'start' : 'end', inZone));
      }
      return valueOf(name ?? '', argument) ?? match;
    },
  );
}

/**
 * `{duration:60}` → minutes. Kodi accepts only whole dividers of at least 1;
 * anything else is left in place so the fault is visible in the address.
 */
function divided(value: number, divider: string | undefined): string | undefined {
  if (divider === undefined) return String(value);
  if (!/^\d+$/.test(divider) || Number(divider) < 1) return undefined;
  return String(Math.floor(value / Number(divider)));
}

function formatKodi(format: string, parts: TimeParts): string {
  return format.replace(/[YmdHMS]/g, (letter) => {
    const field = KODI_LETTERS[letter] ?? 'year';
    return pad(parts[field], field === 'year' ? 4 : 2);
  });
}

/** Runs of one letter set the width (`yyyy`, `MM`); `'…'` is literal text, `''` a quote. */
function formatJava(pattern: string, parts: TimeParts): string {
  return pattern.replace(/'([^']*)'|y+|M+|d+|H+|m+|s+/g, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal === '' ? "'" : literal;
    const field = JAVA_LETTERS[token[0] ?? ''] ?? 'year';
    if (field === 'year' && token.length === 2) return pad(parts.year % 100, 2);
    return pad(parts[field], token.length);
  });
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
