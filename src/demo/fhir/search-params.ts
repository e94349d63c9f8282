/**
 * Matching of FHIR search parameter values (reference, token, date), after
 * the R4 search rules (hl7.org/fhir/R4/search.html), as far as the demo needs.
 */
import { parseFhirDateTime } from '../time';
import type { CodeableConcept, Identifier, Reference } from './fhir-types';

/** `Practitioner/x` from a relative or absolute reference, or the value as it is. */
function typeAndId(reference: string): string {
  const parts = reference.split('/');
  return parts.length >= 2 ? parts.slice(-2).join('/') : reference;
}

/**
 * A reference parameter: `Type/id`, an absolute URL ending in `Type/id`, or a
 * bare id (which FHIR allows when the type is clear; any type matches here).
 */
export function referenceMatches(reference: Reference | undefined, query: string): boolean {
  const value = reference?.reference;
  if (!value) return false;
  const target = typeAndId(value);
  return query.includes('/') ? target === typeAndId(query) : target.split('/')[1] === query;
}

/** A token parameter against codings: `code`, `system|code`, `|code` or `system|`. */
export function tokenMatches(
  concepts: readonly CodeableConcept[] | undefined,
  query: string,
): boolean {
  const [system, code] = query.includes('|') ? query.split('|', 2) : [undefined, query];
  return (concepts ?? []).some((concept) =>
    (concept.coding ?? []).some(
      (coding) =>
        (system === undefined || (system === '' ? !coding.system : coding.system === system)) &&
        (code === undefined || code === '' || coding.code === code),
    ),
  );
}

/** A token parameter against identifiers: `value`, `system|value`, `|value`. */
export function identifierMatches(
  identifiers: readonly Identifier[] | undefined,
  query: string,
): boolean {
  const [system, value] = query.includes('|') ? query.split('|', 2) : [undefined, query];
  return (identifiers ?? []).some(
    (identifier) =>
      (system === undefined || (identifier.system ?? '') === system) && identifier.value === value,
  );
}

const DATE_PREFIXES = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'] as const;
type DatePrefix = (typeof DATE_PREFIXES)[number];

/** The range of instants a date parameter names at its precision (a day, a minute, …). */
function dateRange(value: string): { lower: number; upper: number } | undefined {
  const lower = parseFhirDateTime(value);
  if (Number.isNaN(lower)) return undefined;
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (time) return { lower, upper: lower + (time[3] === undefined ? 60_000 : 1000) };
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!date) return undefined;
  const [, year = '', month, day] = date;
  const next =
    day !== undefined
      ? new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + 1))
      : month !== undefined
        ? new Date(Date.UTC(Number(year), Number(month), 1))
        : new Date(Date.UTC(Number(year) + 1, 0, 1));
  const upper = parseFhirDateTime(next.toISOString().slice(0, 10));
  return { lower, upper };
}

/** Parses `ge2026-11-25T08:00:00+08:00` into its prefix and range; undefined if not a date. */
export function parseDateParam(
  param: string,
): { prefix: DatePrefix; lower: number; upper: number } | undefined {
  const head = param.slice(0, 2);
  const prefix = (DATE_PREFIXES as readonly string[]).includes(head) ? (head as DatePrefix) : 'eq';
  const range = dateRange(prefix === head ? param.slice(2) : param);
  return range ? { prefix, ...range } : undefined;
}

/** Whether the instant `value` (an ISO string) satisfies a parsed date parameter. */
export function dateMatches(
  value: string | undefined,
  param: { prefix: DatePrefix; lower: number; upper: number },
): boolean {
  if (!value) return false;
  const at = Date.parse(value);
  switch (param.prefix) {
    case 'eq':
      return at >= param.lower && at < param.upper;
    case 'ne':
      return at < param.lower || at >= param.upper;
    case 'gt':
    case 'sa':
      return at >= param.upper;
    case 'ge':
      return at >= param.lower;
    case 'lt':
    case 'eb':
      return at < param.lower;
    case 'le':
      return at < param.upper;
  }
}
