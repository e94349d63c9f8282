/** A hand-written form no catalogue has: every kind, no uiSchema, an unknown keyword. */
import type { ServiceForm } from '@src/data/services/catalog-types';

export const UNSEEN_FORM: ServiceForm = {
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '游船执照',
    'x-title': { 'zh-CN': '游船执照', en: 'Boat licence' },
    'x-operator-note': 'an unknown annotation',
    properties: {
      length: {
        type: 'number',
        title: '船长（米）',
        'x-title': { en: 'Length (m)' },
        minimum: 2,
        maximum: 30,
      },
      crew: { type: 'integer', title: '船员人数', minimum: 1, maximum: 12 },
      insured: { type: 'boolean', title: '已投保' },
      launched: { type: 'string', format: 'date', title: '下水日期' },
      ports: {
        type: 'array',
        title: '停靠港口',
        items: { type: 'string', minLength: 2 },
        maxItems: 4,
      },
      owner: {
        type: 'object',
        title: '船主',
        properties: {
          name: { type: 'string', title: '姓名', minLength: 2 },
          email: { type: 'string', format: 'email', title: '电子邮箱' },
        },
        required: ['name', 'email'],
      },
      hull: {
        type: 'string',
        title: '船体',
        oneOf: [
          { const: 'wood', title: '木质', 'x-title': { 'zh-CN': '木质', en: 'Wooden' } },
          { const: 'steel', title: 'steel' },
        ],
      },
      extras: {
        type: 'array',
        title: '附加设备',
        items: { type: 'string', enum: ['radio', 'radar'] },
        uniqueItems: true,
      },
    },
    required: ['length', 'crew', 'owner'],
  },
};
