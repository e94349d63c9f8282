/**
 * One field of a service form, read from its JSON Schema: what to show (label,
 * help, choices), what control fits (kind), which on-screen keyboard suits it,
 * and the limits to hint at. Unknown keywords are ignored; a field without a
 * type is guessed from what it has (enum → choice, properties → section).
 */
import type { JsonSchema } from './catalog-types.js';
import { childPointer } from './json-pointer.js';
import { pickText, type Locale } from './localized.js';

export type FieldKind =
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'multi-choice'
  | 'date'
  /** A day and a part of it for a visit at home (formats/visit-window.ts). */
  | 'visit-window'
  | 'list'
  | 'section';

/**
 * The remote's on-screen keyboard that fits: digits only; digits and a point;
 * digits plus letters (X of an ID number, letters of a credit code); Latin
 * letters and symbols (email); Chinese by pinyin; none (picked, not typed).
 */
export type Keyboard = 'digits' | 'decimal' | 'id' | 'latin' | 'pinyin' | 'none';

export interface ChoiceOption {
  value: string | number | boolean | null;
  label: string;
}

export interface FormField {
  /** JSON Pointer of the value in the form data; a list's `item` has the list's pointer + '/-'. */
  pointer: string;
  /** Property name (the list item's is '-'). */
  name: string;
  label: string;
  help?: string;
  kind: FieldKind;
  format?: string;
  required: boolean;
  keyboard: Keyboard;
  options?: ChoiceOption[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  /** The model of one item of a 'list' or 'multi-choice'. */
  item?: FormField;
  /** The fields of a 'section'. */
  fields?: FormField[];
  defaultValue?: unknown;
  /** Filled in from what the operator knows of the household (x-prefill), never typed twice. */
  prefill?: Prefill;
}

/** What `x-prefill` may name: the household's address from the operator's config. */
export type Prefill = 'household-address';
const PREFILLS: readonly string[] = ['household-address'] satisfies Prefill[];
/** The values the operator's config gives for each prefill. */
export type Prefills = Partial<Record<Prefill, string>>;

const LATIN_FORMATS = new Set(['email', 'idn-email', 'uri', 'url', 'hostname', 'ipv4', 'ipv6']);
/** A pattern that only ever matches digits, e.g. ^[0-9]{16,19}$ or ^\d{6}$. */
const DIGITS_PATTERN = /^\^?(?:(?:\[0-9\]|\\d)(?:\{\d+(?:,\d*)?\}|[+*?])?)+\$?$/;

export function primaryType(schema: JsonSchema): string | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return (type as readonly string[]).find((t) => t !== 'null');
  return undefined;
}

type Choice = ChoiceOption['value'];
const isChoice = (value: unknown): value is Choice =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * The standard JSON Schema way to label values: `oneOf` (or `anyOf`) whose every
 * member is `{ const, title }`. Undefined when the schema has no such list.
 */
function constOptions(schema: JsonSchema, locale: Locale): ChoiceOption[] | undefined {
  for (const list of [schema.oneOf, schema.anyOf]) {
    if (!Array.isArray(list) || list.length === 0) continue;
    if (!list.every((option) => option && typeof option === 'object' && 'const' in option)) {
      continue;
    }
    return list
      .filter((option) => isChoice(option.const))
      .map((option) => ({
        value: option.const as Choice,
        label: pickText(option['x-title'], locale, option.title ?? String(option.const)),
      }));
  }
  return undefined;
}

/**
 * Choices from `enum`, labelled by x-enumTitles, else by a `oneOf`/`anyOf` of
 * `{const, title}` beside it, else shown as given; or from that list alone.
 */
export function choiceOptions(schema: JsonSchema, locale: Locale): ChoiceOption[] | undefined {
  const labelled = constOptions(schema, locale);
  if (Array.isArray(schema.enum)) {
    const titles = schema['x-enumTitles'];
    const labels = titles?.[locale] ?? titles?.['zh-CN'] ?? titles?.en ?? [];
    return schema.enum.filter(isChoice).map((value, index) => ({
      value,
      label:
        labels[index] ?? labelled?.find((option) => option.value === value)?.label ?? String(value),
    }));
  }
  return labelled;
}

export function fieldKind(schema: JsonSchema): FieldKind {
  const type = primaryType(schema);
  if (type === 'array' || (type === undefined && schema.items)) {
    return schema.items && choiceOptions(schema.items, 'zh-CN') ? 'multi-choice' : 'list';
  }
  if (type === 'object' || (type === undefined && schema.properties)) return 'section';
  if (choiceOptions(schema, 'zh-CN')) return 'choice';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'visit-window') return 'visit-window';
  return 'text';
}

function keyboardOf(kind: FieldKind, schema: JsonSchema, item?: FormField): Keyboard {
  switch (kind) {
    case 'integer':
    case 'date':
      return 'digits';
    case 'number':
      return 'decimal';
    case 'list':
      return item?.keyboard ?? 'pinyin';
    case 'text':
      break;
    default:
      return 'none';
  }
  const format = schema.format ?? '';
  if (format === 'cn-mobile' || format === 'cn-region-code') return 'digits';
  if (format === 'cn-resident-id' || format === 'cn-uscc') return 'id';
  if (LATIN_FORMATS.has(format)) return 'latin';
  if (schema.pattern && DIGITS_PATTERN.test(schema.pattern)) return 'digits';
  return 'pinyin';
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function buildField(
  schema: JsonSchema,
  name: string,
  pointer: string,
  required: boolean,
  locale: Locale,
): FormField {
  const kind = fieldKind(schema);
  const field: FormField = {
    pointer,
    name,
    label: pickText(schema['x-title'], locale, schema.title ?? name),
    kind,
    required,
    keyboard: 'none',
  };
  const help = pickText(schema['x-help'], locale, schema.description ?? '');
  if (help) field.help = help;
  if (typeof schema.format === 'string') field.format = schema.format;
  const options = choiceOptions(schema, locale);
  if (options && kind === 'choice') field.options = options;
  const limits = {
    minimum: num(schema.minimum) ?? num(schema.exclusiveMinimum),
    maximum: num(schema.maximum) ?? num(schema.exclusiveMaximum),
    minLength: num(schema.minLength),
    maxLength: num(schema.maxLength),
    minItems: num(schema.minItems),
    maxItems: num(schema.maxItems),
  };
  for (const [key, value] of Object.entries(limits)) {
    if (value !== undefined) field[key as keyof typeof limits] = value;
  }
  if (typeof schema.pattern === 'string') field.pattern = schema.pattern;
  if (schema.default !== undefined) field.defaultValue = schema.default;
  const prefill = schema['x-prefill'];
  if (typeof prefill === 'string' && PREFILLS.includes(prefill)) field.prefill = prefill as Prefill;
  if ((kind === 'list' || kind === 'multi-choice') && schema.items) {
    field.item = buildField(schema.items, '-', childPointer(pointer, '-'), false, locale);
    if (kind === 'multi-choice') field.options = field.item.options ?? [];
  }
  if (kind === 'section') field.fields = buildFields(schema, pointer, locale);
  field.keyboard = keyboardOf(kind, schema, field.item);
  return field;
}

/** The fields of an object schema, in property order. */
export function buildFields(schema: JsonSchema, pointer: string, locale: Locale): FormField[] {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    buildField(property, name, childPointer(pointer, name), required.has(name), locale),
  );
}
