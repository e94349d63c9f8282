/**
 * The demo clinic's departments as FHIR HealthcareServices: general practice,
 * cardiology, endocrinology, traditional Chinese medicine, and a psychological
 * counselling service held by video.
 */
import {
  DEMO_ORGANIZATION,
  DEPARTMENT_SYSTEM,
  SERVICE_CHARACTERISTIC_SYSTEM,
  SNOMED,
  VIDEO_VISIT_EXTENSION,
} from './codes';
import type { CodeableConcept, HealthcareService } from './fhir-types';

export type DepartmentKey = 'general' | 'cardiology' | 'endocrinology' | 'tcm' | 'psychology';

interface DepartmentSpec {
  key: DepartmentKey;
  name: string;
  code: string;
  snomed?: { code: string; display: string };
  comment: string;
  video?: boolean;
}

const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    key: 'general',
    name: '全科',
    code: 'general-practice',
    snomed: { code: '394814009', display: 'General practice' },
    comment: '常见病、多发病诊疗，慢病随访，家庭医生签约服务。',
  },
  {
    key: 'cardiology',
    name: '心内科',
    code: 'cardiology',
    snomed: { code: '394579002', display: 'Cardiology' },
    comment: '高血压、冠心病、心律失常的诊治与长期用药指导。',
  },
  {
    key: 'endocrinology',
    name: '内分泌科',
    code: 'endocrinology',
    snomed: { code: '394583002', display: 'Endocrinology' },
    comment: '糖尿病、甲状腺疾病、骨质疏松的诊治与血糖管理。',
  },
  {
    key: 'tcm',
    name: '中医科',
    code: 'traditional-chinese-medicine',
    comment: '中医内科调理、针灸推拿、膏方咨询。',
  },
  {
    key: 'psychology',
    name: '心理咨询',
    code: 'psychological-counselling',
    snomed: { code: '394913002', display: 'Psychotherapy' },
    comment: '视频心理咨询：情绪、睡眠与家庭关系，在家通过电视即可就诊。',
    video: true,
  },
];

export function departmentSpecialty(key: DepartmentKey): CodeableConcept {
  const spec = DEPARTMENTS.find((department) => department.key === key);
  if (!spec) throw new Error(`unknown department ${key}`);
  const coding = [{ system: DEPARTMENT_SYSTEM, code: spec.code, display: spec.name }];
  if (spec.snomed) coding.push({ system: SNOMED, ...spec.snomed });
  return { coding, text: spec.name };
}

export function healthcareServiceId(key: DepartmentKey): string {
  return `service-${key}`;
}

export function isVideoDepartment(key: DepartmentKey): boolean {
  return DEPARTMENTS.some((department) => department.key === key && department.video === true);
}

function toHealthcareService(spec: DepartmentSpec): HealthcareService {
  const service: HealthcareService = {
    resourceType: 'HealthcareService',
    id: healthcareServiceId(spec.key),
    active: true,
    providedBy: DEMO_ORGANIZATION,
    specialty: [departmentSpecialty(spec.key)],
    name: spec.name,
    comment: spec.comment,
    // Every department books by appointment: the portal is a booking front end.
    appointmentRequired: true,
    availableTime: [
      {
        daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'],
        availableStartTime: '08:30:00',
        availableEndTime: '11:30:00',
      },
      {
        daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'],
        availableStartTime: '14:00:00',
        availableEndTime: '16:30:00',
      },
    ],
  };
  if (spec.video) {
    service.characteristic = [
      {
        coding: [{ system: SERVICE_CHARACTERISTIC_SYSTEM, code: 'video', display: '视频问诊' }],
        text: '视频问诊',
      },
    ];
    service.extension = [{ url: VIDEO_VISIT_EXTENSION, valueBoolean: true }];
    service.telecom = [
      { system: 'other', value: '视频问诊：预约成功后在电视上进入诊室', use: 'work' },
    ];
  }
  return service;
}

export const HEALTHCARE_SERVICES: readonly HealthcareService[] =
  DEPARTMENTS.map(toHealthcareService);
