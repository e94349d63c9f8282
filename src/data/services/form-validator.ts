/**
 * Checking form data against its service's schema with ajv (JSON Schema
 * 2020-12, ajv-formats, and our Chinese formats). Each form is compiled once
 * and kept. Problems are named by JSON Pointer, one per field, with a code the
 * view puts in words: 'required', 'format:cn-resident-id' with a reason
 * ('checksum', 'birth-date', 'region'…), 'minLength' with a limit, and so on.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { formSchemaProblems, UnsafeSchemaError } from './catalog-limits.js';
import type { JsonSchema, ServiceForm } from './catalog-types.js';
import { cleanFormData } from './clean-data.js';
import {
  chineseFormatCheckers,
  formatFailure,
  type FormatChecker,
} from './formats/form-formats.js';
import { loadRegions, type RegionIndex } from './formats/regions.js';
import type { FormStep } from './form-model.js';
import { childPointer, getValue, isWithin } from './json-pointer.js';
import type { PatternBudget } from './pattern-safety.js';

export interface FieldProblem {
  /** The field's JSON Pointer in the form data ('' for the form as a whole). */
  pointer: string;
  /**
   * required | type | format:<name> | minLength | maxLength | minimum | maximum |
   * exclusiveMinimum | exclusiveMaximum | enum | const | pattern | minItems |
   * maxItems | uniqueItems | additionalProperties | server | any other ajv keyword.
   */
  code: string;
  /** limit, reason (formats), allowed (enum), pattern, type, detail (server)… */
  params: Record<string, unknown>;
}

export interface FormValidator {
  /** Problems with the whole form (the data is cleaned first, see clean-data.ts). */
  validate(data: unknown): FieldProblem[];
  /** Problems within one step's fields only (to let the household move on). */
  validateStep(data: unknown, step: FormStep): FieldProblem[];
}

export interface FormEngine {
  /**
   * Compiles (once per schema object); throws when the schema does not compile,
   * and UnsafeSchemaError, before compiling, when one of its patterns could
   * freeze the TV or it nests too deep (catalog-limits.ts). `budget` is shared by
   * all the forms of one catalogue, so that judging patterns stays quick.
   */
  validator(form: ServiceForm, budget?: PatternBudget): FormValidator;
}

export function createFormEngine(
  regions: RegionIndex,
  today: () => Date = () => new Date(),
): FormEngine {
  // strict: false — a form may carry keywords and formats we do not know; they
  // are ignored rather than making the whole form unusable.
  const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  const checkers: Record<string, FormatChecker> = chineseFormatCheckers(regions, today);
  for (const [name, check] of Object.entries(checkers)) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => check(value).ok });
  }
  const compiled = new WeakMap<JsonSchema, FormValidator>();
  return {
    validator(form, budget) {
      const known = compiled.get(form.schema);
      if (known) return known;
      const problems = formSchemaProblems(form.schema, budget);
      if (problems.length > 0) throw new UnsafeSchemaError(problems);
      // Without $id: a reloaded catalogue compiles the same $id again, which ajv refuses.
      const schema: JsonSchema = { ...form.schema };
      delete schema.$id;
      const validateFn = ajv.compile(schema);
      const validator = makeValidator(form.schema, validateFn, checkers);
      compiled.set(form.schema, validator);
      return validator;
    },
  };
}

let engine: Promise<FormEngine> | null = null;

/**
 * The page's engine, once the region data (needed by the formats) has loaded. A load
 * that failed is not kept: the next form (or 再试一次) builds the engine again.
 */
export function formEngine(): Promise<FormEngine> {
  engine ??= loadRegions()
    .then((regions) => createFormEngine(regions))
    .catch((error: unknown) => {
      engine = null;
      throw error;
    });
  return engine;
}

export async function formValidator(form: ServiceForm): Promise<FormValidator> {
  return (await formEngine()).validator(form);
}

function makeValidator(
  schema: JsonSchema,
  validateFn: ValidateFunction,
  checkers: Record<string, FormatChecker>,
): FormValidator {
  const validate = (data: unknown): FieldProblem[] => {
    const cleaned = cleanFormData(schema, data);
    if (validateFn(cleaned)) return [];
    return toProblems(validateFn.errors ?? [], cleaned, checkers);
  };
  return {
    validate,
    validateStep: (data, step) =>
      validate(data).filter((problem) =>
        step.fields.some((field) => isWithin(problem.pointer, field.pointer)),
      ),
  };
}

/** Keywords whose failure only repeats what a more precise error already says. */
const NOISE = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not', '$ref']);

function toProblem(
  error: ErrorObject,
  data: unknown,
  checkers: Record<string, FormatChecker>,
): FieldProblem | null {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return {
        pointer: childPointer(at, String(params.missingProperty)),
        code: 'required',
        params: {},
      };
    case 'additionalProperties':
      return {
        pointer: childPointer(at, String(params.additionalProperty)),
        code: 'additionalProperties',
        params: {},
      };
    case 'format': {
      const format = String(params.format);
      const check = formatFailure(checkers, format, getValue(data, at));
      return {
        pointer: at,
        code: `format:${format}`,
        params: { reason: check.ok ? 'invalid' : check.reason },
      };
    }
    case 'enum':
      return { pointer: at, code: 'enum', params: { allowed: params.allowedValues } };
    case 'const':
      return { pointer: at, code: 'const', params: { allowed: [params.allowedValue] } };
    default:
      if (NOISE.has(error.keyword)) return null;
      return { pointer: at, code: error.keyword, params: { ...params } };
  }
}

/** One problem per field: the first ajv reports (type before format before length). */
function toProblems(
  errors: readonly ErrorObject[],
  data: unknown,
  checkers: Record<string, FormatChecker>,
): FieldProblem[] {
  const byPointer = new Map<string, FieldProblem>();
  for (const error of errors) {
    const problem = toProblem(error, data, checkers);
    if (problem && !byPointer.has(problem.pointer)) byPointer.set(problem.pointer, problem);
  }
  return [...byPointer.values()];
}
