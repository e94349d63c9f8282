/**
 * What the demo FHIR server supports, as its CapabilityStatement (`GET
 * metadata`), so a client can discover it the standard way.
 */
import { formatBeijingIso } from '../time';

const search = (...names: string[]): Array<{ name: string; type: string }> =>
  names.map((name) => ({
    name,
    type:
      name === 'start' || name === 'date'
        ? 'date'
        : ['actor', 'schedule', 'service', 'practitioner', 'patient', 'slot'].includes(name)
          ? 'reference'
          : 'token',
  }));

export function capabilityStatement(now: number): Record<string, unknown> {
  const read = [{ code: 'read' }, { code: 'search-type' }];
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: formatBeijingIso(now),
    publisher: 'Hearth demo',
    kind: 'instance',
    software: { name: 'Hearth demo FHIR scheduling server' },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: { description: 'Bearer token (the demo token) in the Authorization header.' },
        resource: [
          {
            type: 'HealthcareService',
            interaction: read,
            searchParam: search('active', 'specialty', 'name'),
          },
          { type: 'Practitioner', interaction: read, searchParam: search('active') },
          {
            type: 'PractitionerRole',
            interaction: read,
            searchParam: search('active', 'practitioner', 'service', 'specialty'),
            searchInclude: ['PractitionerRole:practitioner', 'PractitionerRole:service'],
          },
          {
            type: 'Schedule',
            interaction: read,
            searchParam: search('active', 'actor', 'specialty'),
            searchInclude: ['Schedule:actor'],
          },
          {
            type: 'Slot',
            interaction: read,
            searchParam: search('schedule', 'status', 'start', 'specialty'),
            searchInclude: ['Slot:schedule'],
          },
          {
            type: 'Appointment',
            interaction: [...read, { code: 'create' }, { code: 'update' }],
            conditionalCreate: true,
            searchParam: search(
              'patient',
              'actor',
              'practitioner',
              'date',
              'status',
              'identifier',
              'slot',
            ),
            searchInclude: ['Appointment:actor', 'Appointment:practitioner', 'Appointment:slot'],
          },
          { type: 'Patient', interaction: [{ code: 'read' }] },
        ],
      },
    ],
  };
}
