/**
 * The demo property manager's services at home (报修、家政、上门护理), in the same
 * catalogue contract as 电视办 (docs/service-catalog.schema.json): the portal's
 * one form engine, drafts, outbox and status follow-up serve them. Each asks
 * for a visit window (format `visit-window`) and takes the household's address
 * from the operator's config (`x-prefill`).
 */
import { DEMO_ENDPOINTS } from '../endpoints';
import {
  text,
  type FieldSchema,
  type ServiceCatalog,
  type ServiceDraft,
} from '../services/catalog-types';
import { choice, form, mobile, string } from '../services/form-fields';

const visit = (): FieldSchema => ({
  type: 'string',
  title: '上门时间',
  'x-title': text('上门时间', 'Visit window'),
  'x-help': text(
    '选日期，再选上午、下午或晚上',
    'Choose the day, then morning, afternoon or evening',
  ),
  format: 'visit-window',
});

const address = (): FieldSchema =>
  string('上门地址', 'Address for the visit', { 'x-prefill': 'household-address', maxLength: 80 });

const PROPERTY_MANAGER = text('幸福里小区物业服务中心', 'Xingfuli property management office');

const SERVICES: readonly ServiceDraft[] = [
  {
    id: 'community-repair',
    category: 'repairs',
    title: text('水电报修', 'Plumbing and electrical repair'),
    summary: text(
      '水管、下水、电路、灯具和插座的维修，师傅上门。',
      'A technician comes to fix pipes, drains, wiring, lights and sockets.',
    ),
    eligibility: text('本小区住户。', 'Residents of the estate.'),
    agency: PROPERTY_MANAGER,
    materials: [],
    processingDays: 1,
    form: form(
      'community-repair',
      text('水电报修', 'Repair request'),
      [
        {
          id: 'problem',
          title: text('问题', 'The problem'),
          fields: {
            kind: choice('哪里坏了', 'What is broken', [
              ['pipe', '水管漏水', 'Leaking pipe'],
              ['drain', '下水堵塞', 'Blocked drain'],
              ['power', '停电跳闸', 'Power tripped'],
              ['light', '灯具插座', 'Lights or sockets'],
              ['other', '其他', 'Something else'],
            ]),
            detail: string('情况说明', 'What happened', { minLength: 0, maxLength: 200 }),
          },
        },
        {
          id: 'visit',
          title: text('上门', 'The visit'),
          fields: { visit: visit(), address: address(), mobile: mobile('联系电话', 'Phone') },
        },
      ],
      ['kind', 'visit', 'address', 'mobile'],
    ),
  },
  {
    id: 'community-housekeeping',
    category: 'home-services',
    title: text('家政保洁', 'Housekeeping'),
    summary: text(
      '日常保洁、深度保洁和擦玻璃，按小时计费。',
      'Regular or deep cleaning and windows, charged by the hour.',
    ),
    eligibility: text('本小区住户。', 'Residents of the estate.'),
    agency: PROPERTY_MANAGER,
    materials: [],
    processingDays: 1,
    form: form(
      'community-housekeeping',
      text('家政保洁', 'Housekeeping'),
      [
        {
          id: 'visit',
          title: text('上门', 'The visit'),
          fields: {
            kind: choice('保洁项目', 'What to clean', [
              ['regular', '日常保洁（2 小时）', 'Regular (2 hours)'],
              ['deep', '深度保洁（4 小时）', 'Deep clean (4 hours)'],
              ['windows', '擦玻璃', 'Windows'],
            ]),
            visit: visit(),
            address: address(),
            mobile: mobile('联系电话', 'Phone'),
          },
        },
      ],
      ['kind', 'visit', 'address', 'mobile'],
    ),
  },
  {
    id: 'community-home-care',
    category: 'home-care',
    title: text('上门护理', 'Nursing at home'),
    summary: text(
      '社区卫生服务站的护士上门：量血压、换药、打针。',
      "The community health station's nurse comes to the home: blood pressure, dressings, injections.",
    ),
    eligibility: text(
      '本小区住户，行动不便的老人优先。',
      'Residents of the estate; older people who cannot go out come first.',
    ),
    agency: text('幸福里社区卫生服务站', 'Xingfuli community health station'),
    materials: [],
    processingDays: 1,
    form: form(
      'community-home-care',
      text('上门护理', 'Nursing at home'),
      [
        {
          id: 'visit',
          title: text('上门', 'The visit'),
          fields: {
            kind: choice('护理项目', 'What care', [
              ['blood-pressure', '测血压血糖', 'Blood pressure and sugar'],
              ['dressing', '伤口换药', 'Change a dressing'],
              ['injection', '打针输液', 'Injection or drip'],
            ]),
            visit: visit(),
            address: address(),
            mobile: mobile('联系电话', 'Phone'),
          },
        },
      ],
      ['kind', 'visit', 'address', 'mobile'],
    ),
  },
];

export function buildCommunityCatalog(): ServiceCatalog {
  return {
    version: '2026-12-06',
    categories: [
      { id: 'repairs', title: text('报修', 'Repairs') },
      { id: 'home-services', title: text('家政', 'Housekeeping') },
      { id: 'home-care', title: text('上门护理', 'Care at home') },
    ],
    services: SERVICES.map((draft) => ({
      ...draft,
      submitUrl: DEMO_ENDPOINTS.serviceSubmit,
      statusUrl: `${DEMO_ENDPOINTS.serviceSubmit}/{receipt}`,
    })),
  };
}
