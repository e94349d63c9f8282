/**
 * Code systems of the demo clinic. Departments are coded twice: with a demo
 * code (every department has one) and, where SNOMED CT has the specialty, with
 * the SNOMED code, as a real Chinese hospital's FHIR server would add a
 * standard coding next to its local one. The http URIs here are code-system
 * identifiers from the FHIR specification, never fetched.
 */
export const SNOMED = 'http://snomed.info/sct';
export const DEPARTMENT_SYSTEM = 'urn:hearth:demo:fhir:department';
export const TITLE_SYSTEM = 'urn:hearth:demo:fhir:professional-title';
export const SERVICE_CHARACTERISTIC_SYSTEM = 'urn:hearth:demo:fhir:service-characteristic';
/** Marks a HealthcareService delivered by video (R4 has no element for it; R5 added virtualService). */
export const VIDEO_VISIT_EXTENSION = 'urn:hearth:demo:fhir:StructureDefinition/video-visit';
export const PRACTITIONER_ROLE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/practitioner-role';
/** FHIR's translation extension, used to carry the English text of an OperationOutcome. */
export const TRANSLATION_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/translation';
/** The demo clinic that provides every service. */
export const DEMO_ORGANIZATION = { display: '演示社区卫生服务中心（朝阳）' } as const;
