/**
 * OperationOutcome, FHIR's error body. The text a person reads is given in
 * Chinese in `details.text`, with the English beside it in FHIR's translation
 * extension and, for clients that read no extensions, in `diagnostics`.
 */
import { TRANSLATION_EXTENSION } from './codes';
import type { OperationOutcome, OperationOutcomeIssue } from './fhir-types';

export interface OutcomeText {
  zh: string;
  en: string;
}

export function operationOutcome(
  code: string,
  text: OutcomeText,
  options: { severity?: OperationOutcomeIssue['severity']; expression?: string[] } = {},
): OperationOutcome {
  const issue: OperationOutcomeIssue = {
    severity: options.severity ?? 'error',
    code,
    details: {
      text: text.zh,
      _text: {
        extension: [
          {
            url: TRANSLATION_EXTENSION,
            extension: [
              { url: 'lang', valueCode: 'en' },
              { url: 'content', valueString: text.en },
            ],
          },
        ],
      },
    },
    diagnostics: text.en,
  };
  if (options.expression) issue.expression = options.expression;
  return { resourceType: 'OperationOutcome', issue: [issue] };
}

/** A failed interaction: the HTTP status and the OperationOutcome that explains it. */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly outcome: OperationOutcome,
  ) {
    super(outcome.issue[0]?.diagnostics ?? `FHIR error ${status}`);
  }
}

export function fhirError(
  status: number,
  code: string,
  text: OutcomeText,
  expression?: string[],
): FhirError {
  return new FhirError(status, operationOutcome(code, text, expression ? { expression } : {}));
}
