import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, ServiceForm } from '@src/data/services/catalog-types';
import {
  allFields,
  buildFormModel,
  emptyFormData,
  findField,
  stepOf,
} from '@src/data/services/form-model';
import { getValue, setValue } from '@src/data/services/json-pointer';
import { choiceOptions, fieldKind } from '@src/data/services/form-field';
import { pickText } from '@src/data/services/localized';
import { demoCatalog } from './demo-catalog';
import { UNSEEN_FORM } from './unseen-form';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await demoCatalog();
});

describe('form model of every demo service', () => {
  it('follows the uiSchema: each step in order, every property exactly once, labels in the language', () => {
    for (const service of catalog.services) {
      const { schema, uiSchema } = service.form;
      const zh = buildFormModel(service.form, 'zh-CN');
      const en = buildFormModel(service.form, 'en');
      expect(
        zh.steps.map((s) => s.id),
        service.id,
      ).toEqual(uiSchema?.steps?.map((s) => s.id));
      const names = zh.steps.flatMap((step) => step.fields.map((f) => f.name));
      expect(names.sort(), service.id).toEqual(Object.keys(schema.properties ?? {}).sort());
      for (const field of allFields(en)) {
        expect(field.label, `${service.id} ${field.pointer}`).not.toBe('');
        expect(field.label).not.toMatch(/[\u4e00-\u9fff]/);
      }
      expect(zh.title).toBe(pickText(schema['x-title'], 'zh-CN'));
    }
  });

  it('gives ID, mobile and region fields the keyboard that types them', () => {
    for (const service of catalog.services) {
      for (const field of allFields(buildFormModel(service.form, 'zh-CN'))) {
        if (field.format === 'cn-resident-id') expect(field.keyboard).toBe('id');
        if (field.format === 'cn-mobile') expect(field.keyboard).toBe('digits');
        if (field.format === 'cn-region-code') expect(field.keyboard).toBe('digits');
        if (field.kind === 'integer') expect(field.keyboard).toBe('digits');
        if (field.pattern === '^[0-9]{16,19}$') expect(field.keyboard).toBe('digits');
      }
    }
  });

  it('labels enum choices with x-enumTitles in the language', () => {
    const pension = catalog.services.find((s) => s.id === 'resident-pension-enrolment');
    if (!pension) throw new Error('demo service missing');
    const grade = findField(buildFormModel(pension.form, 'en'), '/contributionGrade');
    expect(grade?.kind).toBe('choice');
    expect(grade?.options?.[0]).toEqual({ value: 1000, label: '1,000 yuan' });
  });

  it('starts blank: empty texts, unticked switches, empty lists, the schema defaults', () => {
    const pension = catalog.services.find((s) => s.id === 'resident-pension-enrolment');
    if (!pension) throw new Error('demo service missing');
    const blank = emptyFormData(buildFormModel(pension.form, 'zh-CN'));
    expect(blank).toMatchObject({
      name: '',
      idNumber: '',
      authorizeDebit: false,
      hukouRegion: '110105',
    });
    expect(blank).not.toHaveProperty('contributionGrade');
  });
});

describe('a form the portal has never seen', () => {
  const model = buildFormModel(UNSEEN_FORM, 'en');

  it('renders without a uiSchema: steps of four fields in property order, every kind recognised', () => {
    expect(model.steps.map((step) => [step.id, step.title, step.fields.length])).toEqual([
      ['part-1', '', 4],
      ['part-2', '', 4],
    ]);
    expect(
      model.steps.flatMap((step) => step.fields).map((f) => [f.name, f.kind, f.keyboard]),
    ).toEqual([
      ['length', 'number', 'decimal'],
      ['crew', 'integer', 'digits'],
      ['insured', 'boolean', 'none'],
      ['launched', 'date', 'digits'],
      ['ports', 'list', 'pinyin'],
      ['owner', 'section', 'none'],
      ['hull', 'choice', 'none'],
      ['extras', 'multi-choice', 'none'],
    ]);
  });

  it('falls back to title when there is no x-title, and reads oneOf/const choices', () => {
    expect(findField(model, '/owner/email')).toMatchObject({
      label: '电子邮箱',
      keyboard: 'latin',
      required: true,
    });
    expect(findField(model, '/hull')?.options).toEqual([
      { value: 'wood', label: 'Wooden' },
      { value: 'steel', label: 'steel' },
    ]);
    expect(findField(model, '/ports/3')).toMatchObject({ pointer: '/ports/3', kind: 'text' });
    expect(findField(model, '/length')).toMatchObject({ minimum: 2, maximum: 30, required: true });
  });

  it('labels enum values from a oneOf/anyOf of {const, title}, never showing a code it can name', () => {
    const gender = {
      type: 'string',
      enum: ['1', '2', '9'],
      oneOf: [
        { const: '1', title: '男' },
        { const: '2', title: '女' },
      ],
    };
    expect(choiceOptions(gender, 'zh-CN')).toEqual([
      { value: '1', label: '男' },
      { value: '2', label: '女' },
      { value: '9', label: '9' }, // no title anywhere: shown as given
    ]);
    const marital = {
      type: 'string',
      anyOf: [
        { const: '10', title: '未婚' },
        { const: '20', title: '已婚', 'x-title': { 'zh-CN': '已婚', en: 'Married' } },
      ],
    };
    expect(choiceOptions(marital, 'en')).toEqual([
      { value: '10', label: '未婚' },
      { value: '20', label: 'Married' },
    ]);
    expect(fieldKind(marital)).toBe('choice');
    // A oneOf of sub-schemas (not consts) is not a list of choices.
    expect(
      choiceOptions({ oneOf: [{ type: 'string' }, { type: 'number' }] }, 'zh-CN'),
    ).toBeUndefined();
  });

  it('keeps the uiSchema steps it can use and puts the forgotten properties on the last step', () => {
    const form: ServiceForm = {
      ...UNSEEN_FORM,
      uiSchema: {
        order: ['owner'],
        steps: [
          { id: 'gone', title: { 'zh-CN': '无', en: 'None' }, fields: ['nope'] },
          { id: 'first', title: { 'zh-CN': '船', en: 'Boat' }, fields: ['length', 'crew', 'nope'] },
        ],
      },
    };
    const stepped = buildFormModel(form, 'zh-CN');
    expect(stepped.steps.map((s) => s.id)).toEqual(['first']);
    expect(stepped.steps[0]?.fields.map((f) => f.name)).toEqual([
      'length',
      'crew',
      'owner',
      'insured',
      'launched',
      'ports',
      'hull',
      'extras',
    ]);
    expect(stepOf(stepped, '/owner/email')).toBe(0);
  });

  it('reads and writes values by pointer without changing the original', () => {
    const blank = emptyFormData(model);
    expect(blank).toEqual({
      insured: false,
      launched: '',
      ports: [],
      owner: { name: '', email: '' },
      extras: [],
    });
    const next = setValue(blank, '/owner/name', '王芳');
    expect(getValue(next, '/owner/name')).toBe('王芳');
    expect(getValue(blank, '/owner/name')).toBe('');
    const withPort = setValue(setValue(next, '/ports/-', '青岛'), '/ports/-', '大连');
    expect(withPort.ports).toEqual(['青岛', '大连']);
    expect(setValue(withPort, '/ports/0', undefined).ports).toEqual(['大连']);
  });
});
