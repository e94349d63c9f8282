/**
 * RFC 9457 problem details from a gateway, with the field errors the contract
 * adds (`errors: [{pointer, detail, code?}]`) turned into FieldProblems, so the
 * form shows the gateway's objection next to the field it is about.
 */
import type { FieldProblem } from './form-validator.js';

export interface ProblemDetails {
  status: number;
  type: string | null;
  title: string | null;
  detail: string | null;
  fieldProblems: FieldProblem[];
}

/** Codes the form already puts in words; any other becomes 'server' with the gateway's detail. */
const KNOWN_CODES = new Set(['required', 'type', 'enum', 'format', 'minLength', 'maxLength']);

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function fieldProblem(entry: unknown): FieldProblem | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { pointer, detail, code } = entry as Record<string, unknown>;
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) return null;
  const known = typeof code === 'string' && KNOWN_CODES.has(code);
  return {
    pointer,
    code: known ? code : 'server',
    params: {
      detail: str(detail) ?? '',
      ...(typeof code === 'string' ? { serverCode: code } : {}),
    },
  };
}

/** The problem in `response` (any JSON body; a non-JSON one gives just the status). */
export async function readProblem(response: Response): Promise<ProblemDetails> {
  const problem: ProblemDetails = {
    status: response.status,
    type: null,
    title: null,
    detail: null,
    fieldProblems: [],
  };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return problem;
  }
  if (typeof body !== 'object' || body === null) return problem;
  const record = body as Record<string, unknown>;
  problem.type = str(record.type);
  problem.title = str(record.title);
  problem.detail = str(record.detail);
  if (Array.isArray(record.errors)) {
    problem.fieldProblems = record.errors.flatMap((entry) => fieldProblem(entry) ?? []);
  }
  return problem;
}
