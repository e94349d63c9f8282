/**
 * The demo gateway's check of submitted form data: loose on purpose (the portal
 * validates fully with ajv before sending), it catches what a real gateway
 * always rejects: a missing required field, a value of the wrong type, or a
 * value outside an enum. Each problem names its field by JSON Pointer.
 */
import type { FieldSchema, FormSchema } from './catalog-types';

export interface FieldError {
  /** JSON Pointer into the submitted data, e.g. `/applicant/idNumber`. */
  pointer: string;
  code: 'required' | 'type' | 'enum' | 'unknown';
  /** For the person, in Chinese. */
  detail: string;
}

type Container = Pick<FieldSchema, 'properties' | 'required' | 'additionalProperties'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function typeMatches(schema: Pick<FieldSchema, 'type'>, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
  }
}

function checkValue(
  schema: FieldSchema,
  value: unknown,
  pointer: string,
  errors: FieldError[],
): void {
  const label = schema.title;
  if (!typeMatches(schema, value)) {
    errors.push({ pointer, code: 'type', detail: `“${label}”的填写格式不正确。` });
    return;
  }
  if (schema.enum && !schema.enum.includes(value as string | number)) {
    errors.push({ pointer, code: 'enum', detail: `请从列表中选择“${label}”。` });
  }
  if (schema.type === 'array' && Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item: unknown, index) => {
      const itemPointer = `${pointer}/${index}`;
      if (!typeMatches(items, item) || (items.enum && !items.enum.includes(item as string))) {
        errors.push({ pointer: itemPointer, code: 'type', detail: `“${label}”中有无效的选项。` });
      }
    });
  }
  if (schema.type === 'object' && isRecord(value)) checkObject(schema, value, pointer, errors);
}

function checkObject(
  schema: Container,
  data: Record<string, unknown>,
  pointer: string,
  errors: FieldError[],
): void {
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    if (isEmpty(data[name])) {
      errors.push({
        pointer: `${pointer}/${name}`,
        code: 'required',
        detail: `请填写“${properties[name]?.title ?? name}”。`,
      });
    }
  }
  for (const [name, value] of Object.entries(data)) {
    const field = properties[name];
    if (!field) {
      if (schema.additionalProperties === false) {
        errors.push({
          pointer: `${pointer}/${name}`,
          code: 'unknown',
          detail: `表单中没有“${name}”这一项。`,
        });
      }
      continue;
    }
    if (!isEmpty(value)) checkValue(field, value, `${pointer}/${name}`, errors);
  }
}

/** The problems with `data` for `schema`; empty when it may be accepted. */
export function checkFormData(schema: FormSchema, data: unknown): FieldError[] {
  if (!isRecord(data)) return [{ pointer: '', code: 'type', detail: '表单内容必须是一个对象。' }];
  const errors: FieldError[] = [];
  checkObject(schema, data, '', errors);
  return errors;
}
