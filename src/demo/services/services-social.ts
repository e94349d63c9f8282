/**
 * Demo services for social security and civil affairs. Modelled on what
 * Beijing's 一网通办 offers residents; rules simplified, figures for the demo only.
 */
import { text, type ServiceDraft } from './catalog-types';
import {
  bankCard,
  boolean,
  choice,
  date,
  form,
  mobile,
  personName,
  region,
  residentId,
  section,
  string,
} from './form-fields';
import { applicantSection, BANK_CARD, HUKOU, ID_CARD } from './shared-parts';

export const SOCIAL_SERVICES: readonly ServiceDraft[] = [
  {
    id: 'resident-pension-enrolment',
    category: 'social-security',
    title: text('城乡居民养老保险参保登记', 'Urban and rural resident pension enrolment'),
    summary: text(
      '未参加职工养老保险的居民，登记参加城乡居民基本养老保险并选择缴费档次。',
      'Residents without an employee pension enrol in the resident basic pension and choose a contribution grade.',
    ),
    eligibility: text(
      '年满16周岁（不含在校学生），非国家机关和事业单位工作人员，未参加职工基本养老保险的本市户籍居民。',
      'Local hukou residents aged 16 or over (not students) who are not civil servants and have no employee pension.',
    ),
    agency: text('区社会保险事业管理中心', 'District social insurance centre'),
    materials: [ID_CARD, HUKOU, BANK_CARD],
    processingDays: 5,
    form: form(
      'resident-pension-enrolment',
      text('城乡居民养老保险参保登记', 'Resident pension enrolment'),
      [
        {
          id: 'person',
          title: text('参保人', 'Insured person'),
          fields: {
            name: personName(),
            idNumber: residentId(),
            mobile: mobile(),
            hukouRegion: region('户籍所在地区划', 'Hukou region code'),
          },
        },
        {
          id: 'contribution',
          title: text('缴费', 'Contribution'),
          fields: {
            contributionGrade: choice('年缴费档次（元）', 'Yearly contribution grade (yuan)', [
              [1000, '1000元', '1,000 yuan'],
              [2000, '2000元', '2,000 yuan'],
              [3000, '3000元', '3,000 yuan'],
              [5000, '5000元', '5,000 yuan'],
              [9000, '9000元', '9,000 yuan'],
            ]),
            bankCard: bankCard('代扣银行卡号', 'Bank card for direct debit'),
            authorizeDebit: boolean(
              '同意按年从上述银行卡代扣保费',
              'I authorise the yearly direct debit',
            ),
          },
        },
      ],
      [
        'name',
        'idNumber',
        'mobile',
        'hukouRegion',
        'contributionGrade',
        'bankCard',
        'authorizeDebit',
      ],
    ),
  },
  {
    id: 'senior-allowance',
    category: 'civil-affairs',
    title: text('高龄津贴申请', 'Old-age allowance application'),
    summary: text(
      '为80周岁及以上老年人按月发放高龄津贴，可由家属代为申请。',
      'A monthly allowance for people aged 80 or over; a relative may apply for them.',
    ),
    eligibility: text('年满80周岁的本市户籍老年人。', 'Local hukou residents aged 80 or over.'),
    agency: text('街道（乡镇）民政服务窗口', 'Sub-district civil affairs desk'),
    materials: [ID_CARD, HUKOU, BANK_CARD],
    processingDays: 10,
    form: form(
      'senior-allowance',
      text('高龄津贴申请', 'Old-age allowance'),
      [
        {
          id: 'elder',
          title: text('老人信息', 'The elder'),
          fields: {
            elder: section(
              '老人信息',
              'The elder',
              {
                name: personName(),
                idNumber: residentId(),
                birthDate: date('出生日期', 'Date of birth'),
                residenceRegion: region('居住地区划', 'Residence region code'),
                address: string('详细住址', 'Street address', { maxLength: 120 }),
              },
              ['name', 'idNumber', 'birthDate', 'residenceRegion', 'address'],
            ),
          },
        },
        {
          id: 'applicant',
          title: text('申请人', 'Applicant'),
          fields: {
            appliedBy: choice('申请方式', 'Who applies', [
              ['self', '本人申请', 'The elder'],
              ['relative', '家属代办', 'A relative'],
            ]),
            relationship: choice('与老人关系', 'Relationship to the elder', [
              ['self', '本人', 'Self'],
              ['child', '子女', 'Child'],
              ['spouse', '配偶', 'Spouse'],
              ['other', '其他', 'Other'],
            ]),
            applicant: applicantSection(),
          },
        },
        {
          id: 'payment',
          title: text('发放方式', 'Payment'),
          fields: {
            bankCard: bankCard('津贴发放银行卡号', 'Bank card for the allowance'),
            consent: boolean('本人承诺所填信息真实有效', 'I declare the information is true'),
          },
        },
      ],
      ['elder', 'appliedBy', 'applicant', 'bankCard', 'consent'],
    ),
  },
];
