/**
 * Builders for the form fields the demo services share, so that every service
 * asks for an ID number, a mobile number or a region the same way (same format,
 * same labels in both languages).
 */
import {
  text,
  type FieldSchema,
  type FormSchema,
  type FormStep,
  type LocalizedText,
  type UiSchema,
} from './catalog-types';

type Extra = Partial<Omit<FieldSchema, 'type' | 'title' | 'x-title'>>;

function field(type: FieldSchema['type'], zh: string, en: string, extra: Extra = {}): FieldSchema {
  return { type, title: zh, 'x-title': text(zh, en), ...extra };
}

export const string = (zh: string, en: string, extra: Extra = {}): FieldSchema =>
  field('string', zh, en, { minLength: 1, maxLength: 100, ...extra });
export const integer = (zh: string, en: string, extra: Extra = {}): FieldSchema =>
  field('integer', zh, en, extra);
export const boolean = (zh: string, en: string, extra: Extra = {}): FieldSchema =>
  field('boolean', zh, en, extra);

export const personName = (zh = '姓名', en = 'Full name'): FieldSchema =>
  string(zh, en, { minLength: 2, maxLength: 20 });
/** 18-character resident identity number (GB 11643-1999), checked by the portal's `cn-resident-id` format. */
export const residentId = (zh = '公民身份号码', en = 'Resident ID number'): FieldSchema =>
  field('string', zh, en, { format: 'cn-resident-id' });
/** 11-digit mainland mobile number. */
export const mobile = (zh = '手机号码', en = 'Mobile number'): FieldSchema =>
  field('string', zh, en, { format: 'cn-mobile' });
/** 6-digit administrative division code (GB/T 2260), e.g. 110105 for Chaoyang. */
export const region = (zh: string, en: string): FieldSchema =>
  field('string', zh, en, { format: 'cn-region-code', default: '110105' });
/** 18-character unified social credit code (GB 32100-2015). */
export const uscc = (zh = '统一社会信用代码', en = 'Unified social credit code'): FieldSchema =>
  field('string', zh, en, { format: 'cn-uscc' });
export const date = (zh: string, en: string): FieldSchema =>
  field('string', zh, en, { format: 'date' });
export const bankCard = (zh = '银行卡号', en = 'Bank card number'): FieldSchema =>
  field('string', zh, en, { pattern: '^[0-9]{16,19}$' });

/** A choice: values with their labels in both languages. */
export function choice(
  zh: string,
  en: string,
  options: ReadonlyArray<readonly [string | number, string, string]>,
  extra: Extra = {},
): FieldSchema {
  const numeric = options.every(([value]) => typeof value === 'number');
  return field(numeric ? 'integer' : 'string', zh, en, {
    enum: options.map(([value]) => value),
    'x-enumTitles': {
      'zh-CN': options.map(([, label]) => label),
      en: options.map(([, , label]) => label),
    },
    ...extra,
  });
}

/** Several of a list of choices (a multi-select). */
export function choices(
  zh: string,
  en: string,
  options: ReadonlyArray<readonly [string, string, string]>,
  extra: Extra = {},
): FieldSchema {
  const item = choice(zh, en, options);
  return field('array', zh, en, {
    items: { type: 'string', enum: item.enum, 'x-enumTitles': item['x-enumTitles'] },
    uniqueItems: true,
    ...extra,
  });
}

/** A list of short texts (names, skills…). */
export const list = (zh: string, en: string, extra: Extra = {}): FieldSchema =>
  field('array', zh, en, { items: { type: 'string', minLength: 1, maxLength: 50 }, ...extra });

/** A nested group of fields shown as one section. */
export function section(
  zh: string,
  en: string,
  properties: Record<string, FieldSchema>,
  required: readonly string[],
): FieldSchema {
  return field('object', zh, en, { properties, required, additionalProperties: false });
}

/** The whole form: its schema and the uiSchema that orders it into steps. */
export function form(
  serviceId: string,
  title: LocalizedText,
  steps: ReadonlyArray<{ id: string; title: LocalizedText; fields: Record<string, FieldSchema> }>,
  required: readonly string[],
): { schema: FormSchema; uiSchema: UiSchema } {
  const properties: Record<string, FieldSchema> = {};
  const uiSteps: FormStep[] = [];
  for (const step of steps) {
    Object.assign(properties, step.fields);
    uiSteps.push({ id: step.id, title: step.title, fields: Object.keys(step.fields) });
  }
  return {
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:hearth:demo:service-form:${serviceId}`,
      type: 'object',
      title: title['zh-CN'],
      'x-title': title,
      properties,
      required,
      additionalProperties: false,
    },
    uiSchema: { order: Object.keys(properties), steps: uiSteps },
  };
}
