/**
 * The service catalogue as the portal reads it (contract:
 * docs/service-catalog.schema.json). Forms are any JSON Schema 2020-12 object
 * schema, so `JsonSchema` is deliberately open: the form model reads the
 * keywords it knows and ignores the rest.
 */
import type { LocalizedText, TextInput } from './localized.js';

/** A JSON Schema node; any keyword may appear (unknown ones are ignored). */
export interface JsonSchema {
  type?: string | readonly string[];
  title?: string;
  'x-title'?: TextInput;
  'x-help'?: TextInput;
  description?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: readonly unknown[];
  const?: unknown;
  oneOf?: readonly JsonSchema[];
  anyOf?: readonly JsonSchema[];
  'x-enumTitles'?: Partial<Record<keyof LocalizedText, readonly string[]>>;
  /** Filled in from the operator's config: 'household-address' (see form-field.ts). */
  'x-prefill'?: string;
  default?: unknown;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  [keyword: string]: unknown;
}

export interface UiStep {
  id: string;
  title: TextInput;
  /** Top-level properties shown on this step, in order. */
  fields: readonly string[];
}

export interface UiSchema {
  order?: readonly string[];
  steps?: readonly UiStep[];
  [extension: `x-${string}`]: unknown;
}

export interface ServiceForm {
  schema: JsonSchema;
  /** Optional for the form model: without it the form is one step in property order. */
  uiSchema?: UiSchema;
}

export interface ServiceCategory {
  id: string;
  title: LocalizedText;
}

export interface ServiceMaterial {
  id: string;
  title: LocalizedText;
  /** Unknown for a material the gateway gave as plain text. */
  required?: boolean;
  provision?: 'shared' | 'on-site';
  note?: LocalizedText;
}

export interface Service {
  id: string;
  category: string;
  title: LocalizedText;
  /** '' in both languages when the gateway gave none. */
  summary: LocalizedText;
  eligibility?: LocalizedText;
  agency?: LocalizedText;
  materials: readonly ServiceMaterial[];
  /** Working days until a decision, when the gateway says. */
  processingDays?: number;
  form: ServiceForm;
  /** Absolute (resolved against the catalogue's URL when loaded). */
  submitUrl: string;
  /** Absolute, with `{receipt}` where the receipt goes. */
  statusUrl: string;
}

export interface Catalog {
  version?: string;
  categories: readonly ServiceCategory[];
  services: readonly Service[];
}
