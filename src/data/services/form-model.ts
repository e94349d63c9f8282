/**
 * A service form as steps of fields, from its schema, its uiSchema and the
 * language. The uiSchema is a wish, not a requirement: steps naming unknown
 * properties lose them, properties no step names are added to the last step,
 * and without usable steps the form is one step in `order` (or property) order
 * — so a form the portal has never seen still renders and can be filled in.
 */
import type { JsonSchema, ServiceForm, UiSchema, UiStep } from './catalog-types.js';
import { buildField, type FormField } from './form-field.js';
import { childPointer, isWithin } from './json-pointer.js';
import { pickText, type Locale } from './localized.js';

export type { ChoiceOption, FieldKind, FormField, Keyboard } from './form-field.js';

export interface FormStep {
  id: string;
  title: string;
  fields: FormField[];
}

export interface FormModel {
  title: string;
  steps: FormStep[];
}

const isString = (value: unknown): value is string => typeof value === 'string';

function topLevelOrder(schema: JsonSchema, order: unknown): string[] {
  const names = Object.keys(schema.properties ?? {});
  const wished = Array.isArray(order)
    ? order.filter(isString).filter((n) => names.includes(n))
    : [];
  return [...new Set([...wished, ...names])];
}

/**
 * Fields per screen when the gateway gives no steps: what fits a TV screen
 * without scrolling, at the large text elderly households use.
 */
export const FIELDS_PER_STEP = 4;

/**
 * A form without steps, a few fields at a time (one step when they all fit).
 * The parts have no titles of their own: "第 1 步，共 2 步" says enough, and the
 * form's title repeated over each part only adds noise to the review.
 */
function stepsOf(fields: FormField[], title: string): FormStep[] {
  if (fields.length <= FIELDS_PER_STEP) return [{ id: 'form', title, fields }];
  const steps: FormStep[] = [];
  for (let at = 0; at < fields.length; at += FIELDS_PER_STEP) {
    steps.push({
      id: `part-${steps.length + 1}`,
      title: '',
      fields: fields.slice(at, at + FIELDS_PER_STEP),
    });
  }
  return steps;
}

export function buildFormModel(form: ServiceForm, locale: Locale): FormModel {
  const { schema } = form;
  const ui: UiSchema = form.uiSchema ?? {};
  const title = pickText(schema['x-title'], locale, schema.title ?? '');
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const properties = schema.properties ?? {};
  const field = (name: string): FormField =>
    buildField(properties[name] ?? {}, name, childPointer('', name), required.has(name), locale);

  const order = topLevelOrder(schema, ui.order);
  const placed = new Set<string>();
  const steps: FormStep[] = [];
  const wishedSteps: readonly (UiStep | null)[] = Array.isArray(ui.steps) ? ui.steps : [];
  for (const step of wishedSteps) {
    if (!step || !Array.isArray(step.fields)) continue;
    const names = (step.fields as readonly unknown[]).filter(
      (name): name is string => isString(name) && name in properties && !placed.has(name),
    );
    if (names.length === 0) continue;
    names.forEach((name) => placed.add(name));
    steps.push({
      id: isString(step.id) ? step.id : `step-${steps.length + 1}`,
      title: pickText(step.title, locale, title),
      fields: names.map(field),
    });
  }
  const rest = order.filter((name) => !placed.has(name));
  const last = steps[steps.length - 1];
  if (last) last.fields.push(...rest.map(field));
  else steps.push(...stepsOf(rest.map(field), title));
  return { title, steps };
}

/** Every field of the model, sections' inner fields included (list items are not). */
export function allFields(model: FormModel): FormField[] {
  const out: FormField[] = [];
  const visit = (field: FormField) => {
    out.push(field);
    field.fields?.forEach(visit);
  };
  model.steps.forEach((step) => step.fields.forEach(visit));
  return out;
}

/** The field a pointer names, list items included ("/children/2" → the item model). */
export function findField(model: FormModel, pointer: string): FormField | undefined {
  let best: FormField | undefined;
  for (const field of allFields(model)) {
    if (field.pointer === pointer) return field;
    if (field.item && isWithin(pointer, field.pointer) && pointer !== field.pointer) {
      const rest = pointer.slice(field.pointer.length + 1);
      if (/^\d+$/.test(rest)) best = listItemField(field, Number(rest));
    }
  }
  return best;
}

/** The step a pointer belongs to (by its top-level property), or -1. */
export function stepOf(model: FormModel, pointer: string): number {
  return model.steps.findIndex((step) => step.fields.some((f) => isWithin(pointer, f.pointer)));
}

/** Item `index` of a list or multi-choice field, with its real pointer. */
export function listItemField(list: FormField, index: number): FormField | undefined {
  if (!list.item) return undefined;
  return { ...list.item, name: String(index), pointer: childPointer(list.pointer, index) };
}

function emptyValue(field: FormField): unknown {
  // JSON copy, not structuredClone: that arrived in Chromium 98, after the TVs we serve.
  if (field.defaultValue !== undefined) return JSON.parse(JSON.stringify(field.defaultValue));
  switch (field.kind) {
    case 'text':
    case 'date':
    case 'visit-window':
      return '';
    case 'boolean':
      return false;
    case 'list':
    case 'multi-choice':
      return [];
    case 'section':
      return emptyObject(field.fields ?? []);
    default:
      return undefined; // numbers and choices: nothing chosen yet
  }
}

function emptyObject(fields: readonly FormField[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = emptyValue(field);
    if (value !== undefined) data[field.name] = value;
  }
  return data;
}

/** A blank form: empty texts, false switches, empty lists, defaults where the schema gives one. */
export function emptyFormData(model: FormModel): Record<string, unknown> {
  return emptyObject(model.steps.flatMap((step) => step.fields));
}
