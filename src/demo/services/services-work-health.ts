/**
 * Demo services for employment and health. Modelled on what Beijing's 一网通办
 * offers residents and small businesses; rules simplified, figures for the demo only.
 */
import { text, type ServiceDraft } from './catalog-types';
import {
  bankCard,
  boolean,
  choice,
  choices,
  date,
  form,
  integer,
  list,
  mobile,
  personName,
  region,
  residentId,
  string,
  uscc,
} from './form-fields';
import { applicantSection, ID_CARD } from './shared-parts';

export const WORK_HEALTH_SERVICES: readonly ServiceDraft[] = [
  {
    id: 'unemployment-registration',
    category: 'employment',
    title: text('失业登记', 'Unemployment registration'),
    summary: text(
      '失业后办理登记，享受就业指导、职业介绍和技能培训等服务。',
      'Register as unemployed to receive job counselling, placement and training.',
    ),
    eligibility: text(
      '法定劳动年龄内、有劳动能力和就业要求、处于无业状态的常住人员。',
      'Residents of working age who can and want to work and have no job.',
    ),
    agency: text('区公共就业服务中心', 'District public employment service'),
    materials: [ID_CARD],
    processingDays: 3,
    form: form(
      'unemployment-registration',
      text('失业登记', 'Unemployment registration'),
      [
        {
          id: 'person',
          title: text('个人信息', 'About you'),
          fields: {
            name: personName(),
            idNumber: residentId(),
            mobile: mobile(),
            education: choice('文化程度', 'Education', [
              ['primary', '小学', 'Primary school'],
              ['junior', '初中', 'Junior high school'],
              ['senior', '高中/中专', 'Senior high / vocational'],
              ['college', '大专', 'College'],
              ['bachelor', '本科及以上', "Bachelor's or higher"],
            ]),
          },
        },
        {
          id: 'last-job',
          title: text('原工作情况', 'Last job'),
          fields: {
            lastEmployer: string('原工作单位', 'Last employer', { maxLength: 60 }),
            unemployedSince: date('失业日期', 'Unemployed since'),
            reason: choice('失业原因', 'Reason', [
              ['contract-ended', '劳动合同到期', 'Contract ended'],
              ['dismissed', '单位解除劳动合同', 'Dismissed'],
              ['resigned', '个人辞职', 'Resigned'],
              ['business-closed', '个体经营停业', 'Own business closed'],
            ]),
          },
        },
        {
          id: 'wishes',
          title: text('求职意向', 'What you are looking for'),
          fields: {
            skills: list('技能特长', 'Skills', { maxItems: 5 }),
            wantsTraining: boolean('希望参加免费技能培训', 'I would like free skills training'),
          },
        },
      ],
      ['name', 'idNumber', 'mobile', 'unemployedSince', 'reason'],
    ),
  },
  {
    id: 'employer-hiring-subsidy',
    category: 'employment',
    title: text('小微企业吸纳就业社保补贴', 'Small business hiring subsidy'),
    summary: text(
      '小微企业招用登记失业人员并缴纳社会保险的，可申请社会保险补贴。',
      'Small businesses that hire registered unemployed people and pay their social insurance can claim a subsidy.',
    ),
    eligibility: text(
      '在本区注册的小微企业，新招用登记失业人员并签订1年以上劳动合同。',
      'Small businesses registered in the district that hired registered unemployed people on contracts of a year or more.',
    ),
    agency: text('区人力资源和社会保障局', 'District human resources and social security bureau'),
    materials: [
      {
        id: 'business-licence',
        title: text('营业执照', 'Business licence'),
        required: true,
        provision: 'shared',
      },
      {
        id: 'contracts',
        title: text('劳动合同', 'Employment contracts'),
        required: true,
        provision: 'on-site',
      },
    ],
    processingDays: 15,
    form: form(
      'employer-hiring-subsidy',
      text('小微企业吸纳就业社保补贴', 'Small business hiring subsidy'),
      [
        {
          id: 'company',
          title: text('企业信息', 'Business'),
          fields: {
            companyName: string('企业名称', 'Business name', { maxLength: 80 }),
            creditCode: uscc(),
            contactName: personName('联系人', 'Contact person'),
            contactMobile: mobile('联系电话', 'Contact mobile'),
          },
        },
        {
          id: 'hires',
          title: text('吸纳就业', 'Hires'),
          fields: {
            newHires: integer('新招用人数', 'People hired', { minimum: 1, maximum: 200 }),
            hiredNames: list('新招用人员姓名', 'Names of the people hired', {
              minItems: 1,
              maxItems: 20,
            }),
            subsidyMonths: integer('申请补贴月数', 'Months claimed', { minimum: 1, maximum: 36 }),
          },
        },
      ],
      [
        'companyName',
        'creditCode',
        'contactName',
        'contactMobile',
        'newHires',
        'hiredNames',
        'subsidyMonths',
      ],
    ),
  },
  {
    id: 'only-child-parent-reward',
    category: 'health',
    title: text('独生子女父母奖励', 'Reward for parents of an only child'),
    summary: text(
      '领取《独生子女父母光荣证》的夫妻，可申请独生子女父母奖励费。',
      'Couples holding the only-child parents certificate can claim the reward.',
    ),
    eligibility: text(
      '持有《独生子女父母光荣证》，子女未满18周岁的本市户籍夫妻。',
      'Local hukou couples holding the certificate whose child is under 18.',
    ),
    agency: text('街道（乡镇）卫生健康办公室', 'Sub-district health office'),
    materials: [
      ID_CARD,
      {
        id: 'honour-certificate',
        title: text('独生子女父母光荣证', 'Only-child parents certificate'),
        required: true,
        provision: 'on-site',
      },
    ],
    processingDays: 10,
    form: form(
      'only-child-parent-reward',
      text('独生子女父母奖励', 'Only-child parents reward'),
      [
        {
          id: 'parents',
          title: text('父母信息', 'Parents'),
          fields: {
            applicant: applicantSection(),
            spouseName: personName('配偶姓名', "Spouse's name"),
            spouseIdNumber: residentId('配偶公民身份号码', "Spouse's resident ID number"),
          },
        },
        {
          id: 'child',
          title: text('子女信息', 'Child'),
          fields: {
            childName: personName('子女姓名', "Child's name"),
            childBirthDate: date('子女出生日期', "Child's date of birth"),
            certificateNumber: string('光荣证编号', 'Certificate number', { maxLength: 30 }),
            bankCard: bankCard('奖励发放银行卡号', 'Bank card for the reward'),
          },
        },
      ],
      [
        'applicant',
        'spouseName',
        'spouseIdNumber',
        'childName',
        'childBirthDate',
        'certificateNumber',
        'bankCard',
      ],
    ),
  },
  {
    id: 'family-doctor-contract',
    category: 'health',
    title: text('家庭医生签约', 'Family doctor sign-up'),
    summary: text(
      '与社区卫生服务中心的家庭医生团队签约，享受健康管理、慢病随访和上门服务。',
      "Sign up with the community health centre's family doctor team for health management, chronic care and home visits.",
    ),
    eligibility: text('本区常住居民。', 'Residents of the district.'),
    agency: text('社区卫生服务中心', 'Community health centre'),
    materials: [ID_CARD],
    processingDays: 3,
    form: form(
      'family-doctor-contract',
      text('家庭医生签约', 'Family doctor sign-up'),
      [
        {
          id: 'person',
          title: text('签约居民', 'Resident'),
          fields: {
            name: personName(),
            idNumber: residentId(),
            mobile: mobile(),
            residenceRegion: region('居住地区划', 'Residence region code'),
          },
        },
        {
          id: 'health',
          title: text('健康情况', 'Health'),
          fields: {
            conditions: choices('慢性病（可多选）', 'Long-term conditions (any)', [
              ['hypertension', '高血压', 'High blood pressure'],
              ['diabetes', '糖尿病', 'Diabetes'],
              ['heart-disease', '冠心病', 'Coronary heart disease'],
              ['copd', '慢阻肺', 'COPD'],
              ['none', '无', 'None'],
            ]),
            homeVisits: boolean('需要上门服务', 'I need home visits'),
            package: choice('服务包', 'Service package', [
              ['basic', '基础包（免费）', 'Basic (free)'],
              ['elderly', '老年人健康管理包', 'Older people'],
              ['chronic', '慢病管理包', 'Chronic conditions'],
            ]),
          },
        },
      ],
      ['name', 'idNumber', 'mobile', 'residenceRegion', 'package'],
    ),
  },
];
