/**
 * Demo services for housing, education, broadcasting, and culture and sports.
 * Modelled on what Beijing's 一网通办 and the cable operator offer residents;
 * rules simplified, figures for the demo only.
 */
import { text, type ServiceDraft } from './catalog-types';
import {
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
  section,
  string,
} from './form-fields';
import { HUKOU, ID_CARD } from './shared-parts';

const address = section(
  '地址',
  'Address',
  {
    region: region('所在区县区划', 'District code'),
    street: string('街道/小区', 'Street or estate', { maxLength: 60 }),
    detail: string('楼号门牌', 'Building and flat', { maxLength: 40 }),
  },
  ['region', 'street', 'detail'],
);

export const HOUSEHOLD_SERVICES: readonly ServiceDraft[] = [
  {
    id: 'public-rental-housing',
    category: 'housing',
    title: text('公共租赁住房申请', 'Public rental housing application'),
    summary: text(
      '住房困难家庭申请公共租赁住房，审核通过后进入轮候。',
      'Households in housing need apply for public rental housing and join the waiting list once approved.',
    ),
    eligibility: text(
      '本市户籍，家庭人均住房面积低于15平方米，家庭收入符合本区标准。',
      'Local hukou, under 15 m² of housing per person and household income within the district limit.',
    ),
    agency: text(
      '区住房和城乡建设委员会',
      'District housing and urban-rural development commission',
    ),
    materials: [
      ID_CARD,
      {
        id: 'income-proof',
        title: text('家庭收入证明', 'Proof of household income'),
        required: true,
        provision: 'on-site',
      },
    ],
    processingDays: 20,
    form: form(
      'public-rental-housing',
      text('公共租赁住房申请', 'Public rental housing'),
      [
        {
          id: 'applicant',
          title: text('申请人', 'Applicant'),
          fields: {
            name: personName(),
            idNumber: residentId(),
            mobile: mobile(),
            maritalStatus: choice('婚姻状况', 'Marital status', [
              ['single', '未婚', 'Single'],
              ['married', '已婚', 'Married'],
              ['divorced', '离异', 'Divorced'],
              ['widowed', '丧偶', 'Widowed'],
            ]),
          },
        },
        {
          id: 'household',
          title: text('家庭情况', 'Household'),
          fields: {
            familySize: integer('家庭人口', 'People in the household', { minimum: 1, maximum: 10 }),
            memberNames: list('共同申请人姓名', 'Names of co-applicants', { maxItems: 9 }),
            monthlyIncome: integer('家庭月收入（元）', 'Household monthly income (yuan)', {
              minimum: 0,
              maximum: 1000000,
            }),
            currentArea: integer('现住房面积（平方米）', 'Current floor area (m²)', {
              minimum: 0,
              maximum: 500,
            }),
            ownsHousing: boolean('家庭名下有自有住房', 'The household owns a home'),
          },
        },
        { id: 'address', title: text('现住址', 'Current address'), fields: { address } },
      ],
      ['name', 'idNumber', 'mobile', 'familySize', 'monthlyIncome', 'ownsHousing', 'address'],
    ),
  },
  {
    id: 'school-enrolment',
    category: 'education',
    title: text('义务教育入学登记', 'Compulsory education enrolment'),
    summary: text(
      '适龄儿童登记小学或初中入学信息，由教委按学区划片安排学位。',
      'Register a child for primary or junior high school; places are allocated by catchment.',
    ),
    eligibility: text(
      '年满6周岁的适龄儿童（小学）或应届小学毕业生（初中）。',
      'Children aged 6 (primary) or finishing primary school (junior high).',
    ),
    agency: text('区教育委员会', 'District education commission'),
    materials: [
      ID_CARD,
      HUKOU,
      {
        id: 'housing-proof',
        title: text('房屋产权证明或租赁备案', 'Proof of home ownership or registered lease'),
        required: true,
        provision: 'on-site',
      },
    ],
    processingDays: 15,
    form: form(
      'school-enrolment',
      text('义务教育入学登记', 'School enrolment'),
      [
        {
          id: 'child',
          title: text('儿童信息', 'Child'),
          fields: {
            child: section(
              '儿童信息',
              'Child',
              {
                name: personName(),
                idNumber: residentId(),
                birthDate: date('出生日期', 'Date of birth'),
                gender: choice('性别', 'Sex', [
                  ['male', '男', 'Male'],
                  ['female', '女', 'Female'],
                ]),
              },
              ['name', 'idNumber', 'birthDate', 'gender'],
            ),
            stage: choice('入学阶段', 'Stage', [
              ['primary', '小学一年级', 'Primary, grade 1'],
              ['junior', '初中一年级', 'Junior high, grade 7'],
            ]),
          },
        },
        {
          id: 'guardian',
          title: text('监护人', 'Guardian'),
          fields: {
            guardian: section(
              '监护人信息',
              'Guardian',
              {
                name: personName(),
                idNumber: residentId(),
                mobile: mobile(),
                relationship: choice('与儿童关系', 'Relationship', [
                  ['father', '父亲', 'Father'],
                  ['mother', '母亲', 'Mother'],
                  ['grandparent', '祖父母/外祖父母', 'Grandparent'],
                  ['other', '其他监护人', 'Other guardian'],
                ]),
              },
              ['name', 'idNumber', 'mobile', 'relationship'],
            ),
          },
        },
        {
          id: 'residence',
          title: text('户籍与居住', 'Hukou and residence'),
          fields: {
            hukouRegion: region('户籍所在区划', 'Hukou region code'),
            residenceRegion: region('实际居住区划', 'Residence region code'),
            livesWithHukouAddress: boolean(
              '人户一致（户籍与居住地相同）',
              'Lives at the hukou address',
            ),
          },
        },
      ],
      ['child', 'stage', 'guardian', 'hukouRegion', 'residenceRegion'],
    ),
  },
  {
    id: 'cable-tv-service',
    category: 'broadcasting',
    title: text('有线电视报装报修', 'Cable TV installation and repair'),
    summary: text(
      '申请有线电视新装、移机或故障报修，工作人员按约定时间上门。',
      'Ask for a new cable TV connection, a move or a repair; a technician visits at the agreed time.',
    ),
    eligibility: text('本区有线电视网络覆盖范围内的住户。', 'Homes on the district cable network.'),
    agency: text('演示有线电视网络公司', 'Demo cable network company'),
    materials: [],
    processingDays: 2,
    form: form(
      'cable-tv-service',
      text('有线电视报装报修', 'Cable TV installation and repair'),
      [
        {
          id: 'request',
          title: text('业务类型', 'Request'),
          fields: {
            requestType: choice('业务类型', 'Request type', [
              ['install', '新装', 'New installation'],
              ['move', '移机', 'Move'],
              ['repair', '故障报修', 'Repair'],
            ]),
            symptoms: choices('故障现象（报修时选择）', 'Symptoms (for a repair)', [
              ['no-signal', '无信号', 'No signal'],
              ['mosaic', '画面马赛克/卡顿', 'Blocky or frozen picture'],
              ['no-sound', '有画面无声音', 'No sound'],
              ['some-channels', '部分频道无法收看', 'Some channels missing'],
              ['set-top-box', '机顶盒无法开机', 'Set-top box will not start'],
            ]),
            description: string('补充说明', 'Details', { minLength: 0, maxLength: 200 }),
          },
        },
        {
          id: 'visit',
          title: text('上门信息', 'Visit'),
          fields: {
            address,
            contactName: personName('联系人', 'Contact person'),
            contactMobile: mobile('联系电话', 'Contact mobile'),
            preferredDate: date('期望上门日期', 'Preferred date'),
            preferredPeriod: choice('期望时段', 'Preferred time', [
              ['morning', '上午 9:00-12:00', 'Morning, 9:00-12:00'],
              ['afternoon', '下午 13:30-17:30', 'Afternoon, 13:30-17:30'],
            ]),
          },
        },
      ],
      [
        'requestType',
        'address',
        'contactName',
        'contactMobile',
        'preferredDate',
        'preferredPeriod',
      ],
    ),
  },
  {
    id: 'library-card',
    category: 'culture-sports',
    title: text('公共图书馆读者证办理', 'Public library card'),
    summary: text(
      '在线办理区图书馆读者证，免押金借阅图书，可预约送书上门。',
      'Get a district library card online: borrow without a deposit and have books delivered.',
    ),
    eligibility: text('持有居民身份证的居民。', 'Anyone with a resident identity card.'),
    agency: text('区图书馆', 'District library'),
    materials: [ID_CARD],
    processingDays: 1,
    form: form(
      'library-card',
      text('公共图书馆读者证', 'Library card'),
      [
        {
          id: 'reader',
          title: text('读者信息', 'Reader'),
          fields: {
            name: personName(),
            idNumber: residentId(),
            mobile: mobile(),
            ageGroup: choice('年龄段', 'Age group', [
              ['child', '少儿（14岁以下）', 'Child (under 14)'],
              ['adult', '成人', 'Adult'],
              ['senior', '老年（60岁以上）', 'Senior (60 or over)'],
            ]),
          },
        },
        {
          id: 'preferences',
          title: text('阅读偏好', 'Reading'),
          fields: {
            interests: choices('感兴趣的类别', 'Interests', [
              ['history', '历史', 'History'],
              ['health', '健康养生', 'Health'],
              ['fiction', '小说', 'Fiction'],
              ['large-print', '大字本', 'Large print'],
              ['audio', '有声读物', 'Audiobooks'],
            ]),
            homeDelivery: boolean('需要送书上门', 'Deliver books to my home'),
            maxBooks: integer('每次借阅册数', 'Books per loan', {
              minimum: 1,
              maximum: 10,
              default: 5,
            }),
          },
        },
      ],
      ['name', 'idNumber', 'mobile', 'ageGroup'],
    ),
  },
];
