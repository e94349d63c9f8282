/**
 * The colour level and the loudness of a warning. China's national scheme
 * (and MeteoAlarm's awareness levels) grade warnings blue < yellow < orange <
 * red; when the sender states the colour in a parameter we trust it, otherwise
 * it is derived from CAP severity. Loudness decides whether the warning takes
 * over the screen, sits in a banner, or only appears in the list.
 */
import type { CapInfo } from './cap-types.js';

export type AlertLevel = 'blue' | 'yellow' | 'orange' | 'red';
export type Presentation = 'takeover' | 'banner' | 'list';

/** Parameter names senders use for the colour (compared lower-case, without separators). */
const COLOUR_PARAMETERS = new Set([
  'alertcolor',
  'alertcolour',
  'color',
  'colour',
  'awarenesslevel',
  'level',
  '预警级别',
  '预警颜色',
]);

const COLOUR_WORDS: [RegExp, AlertLevel][] = [
  [/红色|\bred\b/i, 'red'],
  [/橙色|橙|\borange\b/i, 'orange'],
  [/黄色|\byellow\b/i, 'yellow'],
  [/蓝色|\bblue\b/i, 'blue'],
];

/** The colour named in a value such as "红色", "Orange" or MeteoAlarm's "2; yellow; Moderate". */
export function levelFromText(value: string): AlertLevel | null {
  for (const [pattern, level] of COLOUR_WORDS) if (pattern.test(value)) return level;
  return null;
}

export function levelFromSeverity(severity: string): AlertLevel {
  switch (severity) {
    case 'Extreme':
      return 'red';
    case 'Severe':
      return 'orange';
    case 'Moderate':
      return 'yellow';
    default:
      // Minor and Unknown: the quietest colour, still visibly a warning.
      return 'blue';
  }
}

export function alertLevel(info: CapInfo): AlertLevel {
  for (const parameter of info.parameters) {
    const name = parameter.valueName.toLowerCase().replace(/[\s_-]/g, '');
    if (!COLOUR_PARAMETERS.has(name)) continue;
    const level = levelFromText(parameter.value);
    if (level) return level;
  }
  return levelFromSeverity(info.severity);
}

export function presentationOf(info: CapInfo): Presentation {
  const grave = info.severity === 'Extreme' || info.severity === 'Severe';
  const soon = info.urgency === 'Immediate' || info.urgency === 'Expected';
  if (grave && soon) return 'takeover';
  // Grave but not imminent (Future/Past/Unknown) still deserves a visible banner.
  if (grave || info.severity === 'Moderate') return 'banner';
  return 'list';
}
