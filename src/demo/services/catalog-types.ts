/**
 * The service catalogue contract between the portal and an operator's gateway
 * (documented as JSON Schema in docs/service-catalog.schema.json): categories,
 * services with their forms (JSON Schema 2020-12 plus a small uiSchema), and
 * where to submit and follow an application.
 */

/** Text in the portal's two languages. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export const text = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * A JSON Schema 2020-12 subset for form fields. `title` holds the Chinese label
 * so that any JSON Schema tool shows something sensible; the annotations
 * `x-title` and `x-enumTitles` carry the labels in both languages.
 */
export interface FieldSchema {
  type: 'string' | 'integer' | 'boolean' | 'array' | 'object';
  title: string;
  'x-title': LocalizedText;
  'x-help'?: LocalizedText;
  format?: string;
  /** Filled in by the TV from the operator's config ('household-address'). */
  'x-prefill'?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: ReadonlyArray<string | number>;
  'x-enumTitles'?: { 'zh-CN': readonly string[]; en: readonly string[] };
  default?: string | number | boolean;
  items?: Omit<FieldSchema, 'title' | 'x-title'> & Partial<Pick<FieldSchema, 'title' | 'x-title'>>;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, FieldSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
}

export interface FormSchema {
  $schema: 'https://json-schema.org/draft/2020-12/schema';
  $id: string;
  type: 'object';
  title: string;
  'x-title': LocalizedText;
  properties: Record<string, FieldSchema>;
  required: readonly string[];
  additionalProperties: false;
}

export interface FormStep {
  id: string;
  title: LocalizedText;
  /** Top-level properties shown on this step, in order. */
  fields: readonly string[];
}

export interface UiSchema {
  /** Every top-level property, in the order the form shows them. */
  order: readonly string[];
  /** The form split into screens that fit a TV without scrolling too far. */
  steps: readonly FormStep[];
}

export interface Material {
  id: string;
  title: LocalizedText;
  required: boolean;
  /**
   * `shared`: the agency fetches it from the government's e-licence sharing, the
   * applicant does nothing; `on-site`: shown to the staff at the visit or the
   * service hall (a TV cannot scan paper).
   */
  provision: 'shared' | 'on-site';
  note?: LocalizedText;
}

export type CategoryId =
  | 'education'
  | 'employment'
  | 'social-security'
  | 'civil-affairs'
  | 'health'
  | 'housing'
  | 'broadcasting'
  | 'culture-sports'
  // The property manager's services at home (社区, src/demo/community/).
  | 'repairs'
  | 'home-services'
  | 'home-care';

export interface ServiceCategory {
  id: CategoryId;
  title: LocalizedText;
}

export interface ServiceDefinition {
  id: string;
  category: CategoryId;
  title: LocalizedText;
  summary: LocalizedText;
  eligibility: LocalizedText;
  agency: LocalizedText;
  materials: readonly Material[];
  /** Working days until a decision. */
  processingDays: number;
  form: { schema: FormSchema; uiSchema: UiSchema };
  submitUrl: string;
  /** With `{receipt}` where the receipt goes. */
  statusUrl: string;
}

/** A service before the catalogue adds its submission endpoints. */
export type ServiceDraft = Omit<ServiceDefinition, 'submitUrl' | 'statusUrl'>;

export interface ServiceCatalog {
  version: string;
  categories: readonly ServiceCategory[];
  services: readonly ServiceDefinition[];
}
