/**
 * Checking form data against its service's schema (JSON Schema 2020-12, the
 * standard formats and our Chinese ones). Each form is prepared once and kept.
 * Problems are named by JSON Pointer, one per field, with a code the view puts
 * in words: 'required', 'format:cn-resident-id' with a reason ('checksum',
 * 'birth-date', 'region'…), 'minLength' with a limit, and so on.
 *
 * The schemas come from the operator's catalogue at run time, so they are
 * interpreted (@cfworker/json-schema) rather than compiled to JavaScript as ajv
 * does with `new Function`: the page runs under a Content-Security-Policy
 * without 'unsafe-eval'. Version 4.1.1 exactly: later ones use BigInt literals,
 * a syntax error on the TVs' Chromium before 67, which babel cannot lower.
 */
import { format as libraryFormats, validate as interpret } from '@cfworker/json-schema';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { formSchemaProblems, UnsafeSchemaError } from './catalog-limits.js';
import type { JsonSchema, ServiceForm } from './catalog-types.js';
import { cleanFormData } from './clean-data.js';
import { toProblems } from './form-problems.js';
import { prepareFormSchema, type PreparedSchema } from './form-schema-check.js';
import { chineseFormatCheckers, type FormatChecker } from './formats/form-formats.js';
import { loadRegions, type RegionIndex } from './formats/regions.js';
import type { FormStep } from './form-model.js';
import { isWithin } from './json-pointer.js';
import type { PatternBudget } from './pattern-safety.js';

export interface FieldProblem {
  /** The field's JSON Pointer in the form data ('' for the form as a whole). */
  pointer: string;
  /**
   * required | type | format:<name> | minLength | maxLength | minimum | maximum |
   * exclusiveMinimum | exclusiveMaximum | enum | const | pattern | minItems |
   * maxItems | uniqueItems | additionalProperties | server | any other keyword.
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
   * Prepares (once per schema object); throws when the schema is not JSON
   * Schema 2020-12 it can check (form-schema-check.ts), and UnsafeSchemaError,
   * before that, when one of its patterns could freeze the TV or it nests too
   * deep (catalog-limits.ts). `budget` is shared by all the forms of one
   * catalogue, so that judging patterns stays quick.
   */
  validator(form: ServiceForm, budget?: PatternBudget): FormValidator;
}

type FormatTest = (value: string) => boolean;

/** ajv-formats' string formats, the very checks ajv ran (its default, full mode). */
function standardFormats(): Record<string, FormatTest> {
  const tests: Record<string, FormatTest> = {};
  for (const [name, format] of Object.entries(fullFormats)) {
    const check =
      typeof format === 'object' && 'validate' in format ? format : { validate: format };
    // int32, int64, float and double check numbers; the library checks formats on strings only.
    if ('type' in check && check.type === 'number') continue;
    const validate = check.validate as RegExp | FormatTest | string | boolean;
    if (validate instanceof RegExp) tests[name] = (value) => validate.test(value);
    else if (typeof validate === 'function') tests[name] = validate;
  }
  return tests;
}

/** The formats of the engine now validating; validation is synchronous, so one at a time. */
let running: Readonly<Record<string, FormatTest>> | null = null;
const dispatched = new Set<string>();

/**
 * The library looks formats up in one table for the whole page. Each name in it
 * asks the engine now validating instead (a format it does not know passes, as
 * with ajv's strict: false), and the library's own check otherwise.
 */
function dispatchFormats(names: Iterable<string>): void {
  for (const name of names) {
    if (dispatched.has(name)) continue;
    dispatched.add(name);
    const own = libraryFormats[name];
    libraryFormats[name] = (value) => {
      if (!running) return own ? own(value) : true;
      const test = running[name];
      return test ? test(value) : true;
    };
  }
}

export function createFormEngine(
  regions: RegionIndex,
  today: () => Date = () => new Date(),
): FormEngine {
  const checkers: Record<string, FormatChecker> = chineseFormatCheckers(regions, today);
  const tests: Record<string, FormatTest> = { ...standardFormats() };
  for (const [name, check] of Object.entries(checkers)) tests[name] = (value) => check(value).ok;
  dispatchFormats([...Object.keys(libraryFormats), ...Object.keys(tests)]);
  const prepared = new WeakMap<JsonSchema, FormValidator>();
  return {
    validator(form, budget) {
      const known = prepared.get(form.schema);
      if (known) return known;
      const problems = formSchemaProblems(form.schema, budget);
      if (problems.length > 0) throw new UnsafeSchemaError(problems);
      // Each form has its own lookup of schemas by URI, so an $id seen before (a
      // reloaded catalogue) is no clash, unlike in ajv's one registry.
      const validator = makeValidator(form.schema, prepareFormSchema(form.schema), tests, checkers);
      prepared.set(form.schema, validator);
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
  prepared: PreparedSchema,
  tests: Readonly<Record<string, FormatTest>>,
  checkers: Readonly<Record<string, FormatChecker>>,
): FormValidator {
  const validate = (data: unknown): FieldProblem[] => {
    const cleaned = cleanFormData(schema, data);
    const outer = running;
    running = tests;
    try {
      const result = interpret(cleaned, prepared.schema, '2020-12', prepared.lookup, false);
      if (result.valid) return [];
      return toProblems(result.errors, { data: cleaned, ...prepared, checkers });
    } finally {
      running = outer;
    }
  };
  return {
    validate,
    validateStep: (data, step) =>
      validate(data).filter((problem) =>
        step.fields.some((field) => isWithin(problem.pointer, field.pointer)),
      ),
  };
}
