/**
 * The clinic's directory: departments (active HealthcareServices) and the
 * doctors who work in one (PractitionerRoles, with their Practitioner
 * included in the same search).
 */
import type {
  CodeableConcept,
  HealthcareService,
  HumanName,
  Practitioner,
  PractitionerRole,
} from 'fhir/r4';
import type { FhirClient } from './fhir-client.js';
import type { Department, Doctor } from './health-types.js';
import { safePhotoUrl } from './photo-url.js';

/** R5's HealthcareService.virtualService marks a video service; R4 servers may carry it as an extension. */
const VIRTUAL_SERVICE_EXTENSIONS = [
  'http://hl7.org/fhir/5.0/StructureDefinition/extension-HealthcareService.virtualService',
  'urn:hearth:demo:fhir:StructureDefinition/video-visit',
];

/** `GET HealthcareService?active=true`. */
export async function listDepartments(client: FhirClient): Promise<Department[]> {
  const { matches } = await client.search<HealthcareService>('HealthcareService', [
    ['active', 'true'],
  ]);
  return matches.filter((service) => service.id && service.active !== false).map(toDepartment);
}

function toDepartment(service: HealthcareService): Department {
  const department: Department = {
    reference: `HealthcareService/${service.id ?? ''}`,
    name: service.name ?? conceptText(service.specialty?.[0]) ?? service.id ?? '',
    specialty: service.specialty ?? [],
    serviceType: service.type ?? [],
    video: isVideoService(service),
  };
  if (service.comment) department.comment = service.comment;
  return department;
}

export function isVideoService(service: HealthcareService): boolean {
  const characteristic = (service.characteristic ?? []).some((concept) =>
    (concept.coding ?? []).some((coding) => coding.code === 'video'),
  );
  const extension = (service.extension ?? []).some(
    (ext) => VIRTUAL_SERVICE_EXTENSIONS.includes(ext.url) && ext.valueBoolean !== false,
  );
  return characteristic || extension;
}

/**
 * `GET PractitionerRole?service=…&_include=PractitionerRole:practitioner`, or
 * by `specialty` when the server links roles to specialties rather than services.
 */
export async function listDoctors(
  client: FhirClient,
  by: { service: string } | { specialty: string },
): Promise<Doctor[]> {
  const filter: [string, string] =
    'service' in by ? ['service', by.service] : ['specialty', by.specialty];
  const { matches, included } = await client.search<PractitionerRole>('PractitionerRole', [
    filter,
    ['_include', 'PractitionerRole:practitioner'],
  ]);
  const practitioners = new Map(
    included
      .filter((resource): resource is Practitioner => resource.resourceType === 'Practitioner')
      .map((practitioner) => [`Practitioner/${practitioner.id ?? ''}`, practitioner]),
  );
  return matches.flatMap((role) => {
    const reference = relativeReference(role.practitioner?.reference);
    if (!role.id || !reference || role.active === false) return [];
    return [toDoctor(role, reference, practitioners.get(reference), client.baseUrl)];
  });
}

function toDoctor(
  role: PractitionerRole,
  practitionerReference: string,
  practitioner: Practitioner | undefined,
  baseUrl: string,
): Doctor {
  const doctor: Doctor = {
    roleReference: `PractitionerRole/${role.id ?? ''}`,
    practitionerReference,
    name: nameText(practitioner?.name) ?? role.practitioner?.display ?? practitionerReference,
    specialty: role.specialty ?? [],
  };
  const title =
    role.code?.map(conceptText).find(Boolean) ??
    practitioner?.qualification?.map((q) => conceptText(q.code)).find(Boolean);
  if (title) doctor.title = title;
  const photo = safePhotoUrl(practitioner?.photo, baseUrl);
  if (photo) doctor.photoUrl = photo;
  return doctor;
}

/** `Practitioner/x` from a relative or absolute reference. */
export function relativeReference(reference: string | undefined): string | undefined {
  if (!reference) return undefined;
  const parts = reference.split('/').filter(Boolean);
  const id = parts.at(-1);
  const type = parts.at(-2);
  return type && id ? `${type}/${id}` : undefined;
}

export function conceptText(concept: CodeableConcept | undefined): string | undefined {
  return concept?.text ?? concept?.coding?.find((coding) => coding.display)?.display;
}

const CJK = /[\u3400-\u9fff]/;

/** The name as people say it: `text`, else 王建国 (no space) or Dr Adam Careful. */
export function nameText(names: readonly HumanName[] | undefined): string | undefined {
  const name =
    names?.find((n) => n.use === 'official') ?? names?.find((n) => n.use !== 'old') ?? names?.[0];
  if (!name) return undefined;
  if (name.text) return name.text;
  const given = name.given ?? [];
  const family = name.family ?? '';
  if (CJK.test(family)) return `${family}${given.join('')}` || undefined;
  const parts = [...(name.prefix ?? []), ...given, family, ...(name.suffix ?? [])].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
