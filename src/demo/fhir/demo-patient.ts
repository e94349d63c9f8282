/** The demo household's patient: the one the portal books for (DEMO_ENDPOINTS.fhirPatient). */
import type { Patient } from './fhir-types';

export const DEMO_PATIENT: Patient = {
  resourceType: 'Patient',
  id: 'demo-patient',
  active: true,
  name: [{ use: 'official', text: '李桂兰', family: '李', given: ['桂兰'] }],
  gender: 'female',
  birthDate: '1948-03-12',
};
