/**
 * The part of FHIR R4 the demo scheduling server reads and writes, typed after
 * the R4 specification (hl7.org/fhir/R4). Only the elements the demo uses are
 * listed; a resource may carry more, which the server keeps as received.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueBoolean?: boolean;
  valueCode?: string;
  valueString?: string;
  valueUrl?: string;
  valueCoding?: Coding;
  extension?: Extension[];
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
  use?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface HumanName {
  use?: string;
  text?: string;
  family?: string;
  given?: string[];
}

export interface ContactPoint {
  system?: string;
  value?: string;
  use?: string;
}

export interface Meta {
  versionId?: string;
  lastUpdated?: string;
}

export interface ResourceBase {
  resourceType: string;
  id?: string;
  meta?: Meta;
  extension?: Extension[];
}

export interface HealthcareService extends ResourceBase {
  resourceType: 'HealthcareService';
  active?: boolean;
  providedBy?: Reference;
  category?: CodeableConcept[];
  type?: CodeableConcept[];
  specialty?: CodeableConcept[];
  name?: string;
  comment?: string;
  telecom?: ContactPoint[];
  characteristic?: CodeableConcept[];
  appointmentRequired?: boolean;
  availableTime?: Array<{
    daysOfWeek?: string[];
    availableStartTime?: string;
    availableEndTime?: string;
  }>;
}

export interface Practitioner extends ResourceBase {
  resourceType: 'Practitioner';
  active?: boolean;
  name?: HumanName[];
  gender?: string;
  qualification?: Array<{ code: CodeableConcept; issuer?: Reference }>;
  photo?: Array<{ contentType?: string; data?: string; url?: string }>;
}

export interface PractitionerRole extends ResourceBase {
  resourceType: 'PractitionerRole';
  active?: boolean;
  practitioner?: Reference;
  organization?: Reference;
  code?: CodeableConcept[];
  specialty?: CodeableConcept[];
  healthcareService?: Reference[];
}

export interface Schedule extends ResourceBase {
  resourceType: 'Schedule';
  active?: boolean;
  serviceType?: CodeableConcept[];
  specialty?: CodeableConcept[];
  actor: Reference[];
  planningHorizon?: Period;
  comment?: string;
}

export type SlotStatus =
  'busy' | 'free' | 'busy-unavailable' | 'busy-tentative' | 'entered-in-error';

export interface Slot extends ResourceBase {
  resourceType: 'Slot';
  schedule: Reference;
  status: SlotStatus;
  start: string;
  end: string;
  serviceType?: CodeableConcept[];
  specialty?: CodeableConcept[];
  comment?: string;
}

export interface AppointmentParticipant {
  type?: CodeableConcept[];
  actor?: Reference;
  required?: string;
  status: string;
}

export interface Appointment extends ResourceBase {
  resourceType: 'Appointment';
  identifier?: Identifier[];
  status: string;
  cancelationReason?: CodeableConcept;
  serviceType?: CodeableConcept[];
  specialty?: CodeableConcept[];
  description?: string;
  start?: string;
  end?: string;
  created?: string;
  comment?: string;
  slot?: Reference[];
  participant: AppointmentParticipant[];
}

export interface Patient extends ResourceBase {
  resourceType: 'Patient';
  active?: boolean;
  name?: HumanName[];
  gender?: string;
  birthDate?: string;
}

export interface OperationOutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  details?: CodeableConcept & { _text?: { extension: Extension[] } };
  diagnostics?: string;
  expression?: string[];
}

export interface OperationOutcome extends ResourceBase {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

export type FhirResource =
  HealthcareService | Practitioner | PractitionerRole | Schedule | Slot | Appointment | Patient;

export interface BundleEntry {
  fullUrl?: string;
  resource: FhirResource;
  search?: { mode: 'match' | 'include' };
}

export interface Bundle extends ResourceBase {
  resourceType: 'Bundle';
  type: 'searchset';
  total: number;
  link: Array<{ relation: string; url: string }>;
  entry: BundleEntry[];
}
