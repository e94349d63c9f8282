/**
 * A catalogue shaped as government gateways publish theirs (issue #17): Chinese
 * titles only, plain strings for texts, no $schema, no uiSchema, materials as
 * plain text, no eligibility or processing days, enum labels as oneOf/anyOf of
 * {const, title}; and one service that cannot be used (no submitUrl).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '@src/data/services/catalog';
import { FIELDS_PER_STEP, buildFormModel, findField } from '@src/data/services/form-model';
import { formEngine, type FormEngine } from '@src/data/services/form-validator';

const GATEWAY = 'http://127.0.0.1:9/gateway/catalogue.json';
const document: unknown = JSON.parse(
  readFileSync(
    new URL('../../../fixtures/services/gateway-catalogue.json', import.meta.url),
    'utf8',
  ),
);

let engine: FormEngine;
beforeAll(async () => {
  engine = await formEngine();
});

describe("a gateway's own catalogue", () => {
  it('keeps the usable service, with its Chinese texts in both languages', () => {
    const result = parseCatalog(document, GATEWAY, engine);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.catalog.services.map((service) => service.id)).toEqual(['residence-permit']);
    const [permit] = result.catalog.services;
    expect(permit?.title).toEqual({ 'zh-CN': '居住证申领', en: '居住证申领' });
    expect(permit?.eligibility).toBeUndefined();
    expect(permit?.processingDays).toBeUndefined();
    expect(permit?.materials.map((material) => material.title['zh-CN'])).toEqual([
      '本人居民身份证',
      '居住登记凭证（租房合同或房产证）',
      '近期一寸白底照片',
    ]);
    // Shown as written: nothing is claimed about how a plain-text material is provided.
    expect(permit?.materials[0]).toEqual({
      id: 'material-1',
      title: { 'zh-CN': '本人居民身份证', en: '本人居民身份证' },
    });
    expect(permit?.submitUrl).toBe('http://127.0.0.1:9/gateway/residence-permit/applications');
    expect(result.catalog.categories[1]?.title).toEqual({ 'zh-CN': '社会保障', en: '社会保障' });
  });

  it('leaves out the service without a submitUrl, in its theme, and says why by pointer', () => {
    const result = parseCatalog(document, GATEWAY, engine);
    if (!result.ok) throw new Error('catalogue refused');
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({
      index: 1,
      id: 'elderly-allowance',
      title: '高龄津贴申请',
      category: 'social-security',
      reason: 'contract',
    });
    expect(result.skipped[0]?.problems).toContainEqual(
      expect.objectContaining({
        pointer: '/services/1',
        code: 'required',
        params: expect.objectContaining({ missingProperty: 'submitUrl' }) as unknown,
      }),
    );
  });

  it('renders the form from plain JSON Schema: titles as labels, steps of a few fields, labelled choices', () => {
    const result = parseCatalog(document, GATEWAY, engine);
    if (!result.ok) throw new Error('catalogue refused');
    const form = result.catalog.services[0]?.form;
    if (!form) throw new Error('no form');
    const model = buildFormModel(form, 'en');
    expect(model.steps.map((step) => step.fields.length)).toEqual([FIELDS_PER_STEP, 4]);
    expect(model.steps[0]?.fields.map((field) => field.label)).toEqual([
      '姓名',
      '公民身份号码',
      '联系电话',
      '性别',
    ]);
    expect(findField(model, '/gender')?.options).toEqual([
      { value: '1', label: '男' },
      { value: '2', label: '女' },
    ]);
    expect(findField(model, '/reason')).toMatchObject({ kind: 'choice' });
    expect(findField(model, '/reason')?.options?.map((option) => option.label)).toEqual([
      '务工',
      '就学',
      '投靠亲属',
    ]);
    expect(findField(model, '/arrivalDate')).toMatchObject({ kind: 'date', required: true });
    expect(findField(model, '/remarks')).toMatchObject({ required: false });
  });

  it('still refuses what makes a service unusable: a form naming another draft', () => {
    const spoilt = structuredClone(document) as {
      services: { form: { schema: Record<string, unknown> } }[];
    };
    const first = spoilt.services[0];
    if (!first) throw new Error('fixture changed');
    first.form.schema.$schema = 'http://json-schema.org/draft-04/schema#';
    const result = parseCatalog(spoilt, GATEWAY, engine);
    if (!result.ok) throw new Error('catalogue refused');
    expect(result.catalog.services).toHaveLength(0);
    expect(result.skipped.map((skip) => skip.id)).toEqual([
      'residence-permit',
      'elderly-allowance',
    ]);
  });
});
