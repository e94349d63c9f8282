/**
 * The demo clinic's doctors: Practitioner (who), PractitionerRole (which
 * department, as what) and one Schedule each (whose Slots the portal books).
 */
import { DEMO_ORGANIZATION, PRACTITIONER_ROLE_SYSTEM, TITLE_SYSTEM } from './codes';
import { departmentSpecialty, healthcareServiceId, type DepartmentKey } from './departments';
import { doctorPhoto } from './doctor-photos';
import type { Practitioner, PractitionerRole, Schedule } from './fhir-types';

type Title = 'chief' | 'associate-chief' | 'attending' | 'psychotherapist';

const TITLES: Readonly<Record<Title, string>> = {
  chief: '主任医师',
  'associate-chief': '副主任医师',
  attending: '主治医师',
  psychotherapist: '心理治疗师',
};

export interface DoctorSpec {
  key: string;
  family: string;
  given: string;
  gender: 'male' | 'female';
  title: Title;
  department: DepartmentKey;
  /** Beijing weekdays (1 = Monday … 5 = Friday) the doctor sees patients. */
  workdays: readonly number[];
  /** Half days worked. */
  sessions: ReadonlyArray<'morning' | 'afternoon'>;
}

const EVERY_WEEKDAY = [1, 2, 3, 4, 5] as const;
const BOTH = ['morning', 'afternoon'] as const;

export const DOCTORS: readonly DoctorSpec[] = [
  {
    key: 'wang-jianguo',
    family: '王',
    given: '建国',
    gender: 'male',
    title: 'chief',
    department: 'general',
    workdays: [1, 3, 5],
    sessions: BOTH,
  },
  {
    key: 'li-xiuying',
    family: '李',
    given: '秀英',
    gender: 'female',
    title: 'attending',
    department: 'general',
    workdays: EVERY_WEEKDAY,
    sessions: BOTH,
  },
  {
    key: 'zhang-wei',
    family: '张',
    given: '伟',
    gender: 'male',
    title: 'chief',
    department: 'cardiology',
    workdays: [2, 4],
    sessions: BOTH,
  },
  {
    key: 'chen-jing',
    family: '陈',
    given: '静',
    gender: 'female',
    title: 'associate-chief',
    department: 'cardiology',
    workdays: EVERY_WEEKDAY,
    sessions: ['morning'],
  },
  {
    key: 'liu-yang',
    family: '刘',
    given: '洋',
    gender: 'male',
    title: 'associate-chief',
    department: 'endocrinology',
    workdays: EVERY_WEEKDAY,
    sessions: BOTH,
  },
  {
    key: 'zhao-deming',
    family: '赵',
    given: '德明',
    gender: 'male',
    title: 'chief',
    department: 'tcm',
    workdays: [1, 2, 4],
    sessions: ['morning'],
  },
  {
    key: 'sun-lihua',
    family: '孙',
    given: '丽华',
    gender: 'female',
    title: 'attending',
    department: 'tcm',
    workdays: EVERY_WEEKDAY,
    sessions: BOTH,
  },
  {
    key: 'zhou-min',
    family: '周',
    given: '敏',
    gender: 'female',
    title: 'psychotherapist',
    department: 'psychology',
    workdays: EVERY_WEEKDAY,
    sessions: ['afternoon'],
  },
];

export const practitionerId = (doctor: DoctorSpec): string => `practitioner-${doctor.key}`;
export const roleId = (doctor: DoctorSpec): string => `role-${doctor.key}`;
export const scheduleId = (doctor: DoctorSpec): string => `schedule-${doctor.key}`;
const fullName = (doctor: DoctorSpec): string => `${doctor.family}${doctor.given}`;

function toPractitioner(doctor: DoctorSpec): Practitioner {
  const photo = doctorPhoto(doctor.key);
  return {
    resourceType: 'Practitioner',
    id: practitionerId(doctor),
    active: true,
    name: [
      { use: 'official', text: fullName(doctor), family: doctor.family, given: [doctor.given] },
    ],
    gender: doctor.gender,
    qualification: [
      {
        code: {
          coding: [{ system: TITLE_SYSTEM, code: doctor.title, display: TITLES[doctor.title] }],
          text: TITLES[doctor.title],
        },
        issuer: { display: '演示卫生健康委员会' },
      },
    ],
    ...(photo ? { photo } : {}),
  };
}

function toRole(doctor: DoctorSpec): PractitionerRole {
  return {
    resourceType: 'PractitionerRole',
    id: roleId(doctor),
    active: true,
    practitioner: {
      reference: `Practitioner/${practitionerId(doctor)}`,
      display: fullName(doctor),
    },
    organization: DEMO_ORGANIZATION,
    code: [
      {
        coding: [{ system: PRACTITIONER_ROLE_SYSTEM, code: 'doctor', display: 'Doctor' }],
        text: TITLES[doctor.title],
      },
    ],
    specialty: [departmentSpecialty(doctor.department)],
    healthcareService: [
      { reference: `HealthcareService/${healthcareServiceId(doctor.department)}` },
    ],
  };
}

function toSchedule(doctor: DoctorSpec): Schedule {
  const specialty = departmentSpecialty(doctor.department);
  return {
    resourceType: 'Schedule',
    id: scheduleId(doctor),
    active: true,
    specialty: [specialty],
    actor: [
      { reference: `Practitioner/${practitionerId(doctor)}`, display: fullName(doctor) },
      {
        reference: `HealthcareService/${healthcareServiceId(doctor.department)}`,
        display: specialty.text,
      },
    ],
    comment: `${fullName(doctor)}（${TITLES[doctor.title]}）门诊号源`,
  };
}

export const PRACTITIONERS: readonly Practitioner[] = DOCTORS.map(toPractitioner);
export const PRACTITIONER_ROLES: readonly PractitionerRole[] = DOCTORS.map(toRole);
export const SCHEDULES: readonly Schedule[] = DOCTORS.map(toSchedule);
