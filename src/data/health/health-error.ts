/**
 * Why a request to the FHIR server did not give what was asked, as a kind the
 * screens turn into words, plus the server's own OperationOutcome issues when
 * it sent some. Never carries the token, the URL's query or a body: an error
 * may end up in a log.
 */
import type { OperationOutcome } from 'fhir/r4';

export type HealthErrorKind =
  /** No network (the browser says so, or the service worker answered for it). */
  | 'offline'
  /** The network is up but the server could not be reached. */
  | 'unreachable'
  /** The server did not answer in time. */
  | 'timeout'
  /** 401/403: the token is missing, wrong or lacks the rights. */
  | 'auth'
  /** The slot is no longer free (409/412/422 or an outcome saying so). */
  | 'conflict'
  | 'not-found'
  /** 5xx. */
  | 'server'
  /** Any other refusal, explained by the OperationOutcome issues. */
  | 'outcome'
  /** The answer was not the FHIR JSON asked for. */
  | 'invalid-response';

export interface OutcomeIssue {
  severity: string;
  code: string;
  /** What the server says, for a person: details.text, else diagnostics. */
  text?: string;
}

export class HealthError extends Error {
  constructor(
    readonly kind: HealthErrorKind,
    readonly status: number | null = null,
    readonly issues: readonly OutcomeIssue[] = [],
  ) {
    super(`FHIR ${kind}${status === null ? '' : ` (HTTP ${status})`}`);
    this.name = 'HealthError';
  }
}

export function isHealthError(error: unknown): error is HealthError {
  return error instanceof HealthError;
}

/** The issues of an OperationOutcome body; [] for anything else. */
export function outcomeIssues(body: unknown): OutcomeIssue[] {
  if (!isOutcome(body)) return [];
  return body.issue.map((issue) => {
    const text = issue.details?.text ?? issue.diagnostics;
    return { severity: issue.severity, code: issue.code, ...(text ? { text } : {}) };
  });
}

function isOutcome(body: unknown): body is OperationOutcome {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { resourceType?: unknown }).resourceType === 'OperationOutcome' &&
    Array.isArray((body as { issue?: unknown }).issue)
  );
}

/** Issue codes that mean "someone else has it now" whatever the HTTP status. */
const CONFLICT_CODES = new Set(['conflict', 'duplicate', 'lock-error']);

/** The kind of error an HTTP answer that is not 2xx stands for. */
export function errorKindOf(status: number, issues: readonly OutcomeIssue[]): HealthErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 409 || status === 412 || status === 422) return 'conflict';
  if (issues.some((issue) => CONFLICT_CODES.has(issue.code))) return 'conflict';
  if (status === 404 || status === 410) return 'not-found';
  if (status >= 500) return 'server';
  return 'outcome';
}
