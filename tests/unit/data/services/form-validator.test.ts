import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Service } from '@src/data/services/catalog-types';
import { cleanFormData } from '@src/data/services/clean-data';
import { allFields, buildFormModel, emptyFormData } from '@src/data/services/form-model';
import { formValidator, type FieldProblem } from '@src/data/services/form-validator';
import { setValue } from '@src/data/services/json-pointer';
import { demoCatalog } from './demo-catalog';
import { exampleData } from './example-data';
import { UNSEEN_FORM } from './unseen-form';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await demoCatalog();
});

const service = (id: string): Service => {
  const found = catalog.services.find((s) => s.id === id);
  if (!found) throw new Error(`no demo service ${id}`);
  return found;
};
const byPointer = (problems: FieldProblem[]) =>
  Object.fromEntries(problems.map((p) => [p.pointer, p]));

describe('validating every demo service', () => {
  it('accepts a properly filled form', async () => {
    for (const each of catalog.services) {
      const model = buildFormModel(each.form, 'zh-CN');
      const validator = await formValidator(each.form);
      expect(validator.validate(exampleData(model)), each.id).toEqual([]);
    }
  });

  it('names every required field of a blank form, inner section fields included', async () => {
    for (const each of catalog.services) {
      const model = buildFormModel(each.form, 'zh-CN');
      const problems = byPointer((await formValidator(each.form)).validate(emptyFormData(model)));
      for (const field of allFields(model)) {
        const blank =
          field.required && field.kind !== 'boolean' && field.defaultValue === undefined;
        const insideOptional = allFields(model).some(
          (outer) =>
            outer.kind === 'section' &&
            !outer.required &&
            field.pointer.startsWith(`${outer.pointer}/`),
        );
        if (
          blank &&
          !insideOptional &&
          field.kind !== 'section' &&
          field.kind !== 'list' &&
          field.kind !== 'multi-choice'
        ) {
          expect(problems[field.pointer]?.code, `${each.id} ${field.pointer}`).toBe('required');
        }
      }
    }
  });

  it('checks one step at a time', async () => {
    const pension = service('resident-pension-enrolment');
    const model = buildFormModel(pension.form, 'zh-CN');
    const validator = await formValidator(pension.form);
    const data = {
      ...emptyFormData(model),
      name: '张三',
      idNumber: '11010519491231002X',
      mobile: '13800138000',
    };
    const [person, contribution] = model.steps;
    if (!person || !contribution) throw new Error('two steps expected');
    expect(validator.validateStep(data, person)).toEqual([]);
    expect(
      validator
        .validateStep(data, contribution)
        .map((p) => p.pointer)
        .sort(),
    ).toEqual(['/bankCard', '/contributionGrade']);
  });

  it('says why an ID number, mobile or region is wrong', async () => {
    const pension = service('resident-pension-enrolment');
    const model = buildFormModel(pension.form, 'zh-CN');
    let data = exampleData(model);
    data = setValue(data, '/idNumber', '110105194912310021');
    data = setValue(data, '/mobile', '12038389438');
    data = setValue(data, '/hukouRegion', '235400');
    data = setValue(data, '/bankCard', '12ab');
    const problems = byPointer((await formValidator(pension.form)).validate(data));
    expect(problems['/idNumber']).toEqual({
      pointer: '/idNumber',
      code: 'format:cn-resident-id',
      params: { reason: 'checksum' },
    });
    expect(problems['/mobile']).toMatchObject({
      code: 'format:cn-mobile',
      params: { reason: 'prefix' },
    });
    expect(problems['/hukouRegion']).toMatchObject({
      code: 'format:cn-region-code',
      params: { reason: 'region' },
    });
    expect(problems['/bankCard']).toMatchObject({ code: 'pattern' });
  });

  it('accepts a lower-case x in an ID number (the same check character)', async () => {
    const pension = service('resident-pension-enrolment');
    const data = setValue(
      exampleData(buildFormModel(pension.form, 'zh-CN')),
      '/idNumber',
      '11010519491231002x',
    );
    expect((await formValidator(pension.form)).validate(data)).toEqual([]);
  });
});

describe('validating a form the portal has never seen', () => {
  it('maps limits, list items, nested fields and choices to their pointers', async () => {
    const validator = await formValidator(UNSEEN_FORM);
    const problems = byPointer(
      validator.validate({
        length: 31,
        crew: 1.5,
        insured: false,
        launched: '2025-02-30',
        ports: ['青岛', '大'],
        owner: { name: '王', email: 'not-an-email' },
        hull: 'plastic',
        extras: ['radio', 'sonar'],
      }),
    );
    expect(problems['/length']).toMatchObject({ code: 'maximum', params: { limit: 30 } });
    expect(problems['/crew']).toMatchObject({ code: 'type', params: { type: 'integer' } });
    expect(problems['/launched']).toMatchObject({
      code: 'format:date',
      params: { reason: 'invalid' },
    });
    expect(problems['/ports/1']).toMatchObject({ code: 'minLength', params: { limit: 2 } });
    expect(problems['/owner/name']).toMatchObject({ code: 'minLength' });
    expect(problems['/owner/email']).toMatchObject({ code: 'format:email' });
    expect(problems['/hull']).toBeDefined();
    expect(problems['/extras/1']).toMatchObject({
      code: 'enum',
      params: { allowed: ['radio', 'radar'] },
    });
  });

  it('leaves out what was left empty: optional fields vanish, required ones are "required"', async () => {
    const validator = await formValidator(UNSEEN_FORM);
    const data = {
      length: '12.5',
      crew: 3,
      launched: '',
      ports: ['', '  '],
      owner: { name: '', email: '' },
      hull: '',
    };
    expect(cleanFormData(UNSEEN_FORM.schema, data)).toEqual({ length: 12.5, crew: 3, owner: {} });
    expect(validator.validate(data).map((p) => [p.pointer, p.code])).toEqual([
      ['/owner/name', 'required'],
      ['/owner/email', 'required'],
    ]);
  });

  it('refuses to compile a schema that is not JSON Schema', async () => {
    await expect(
      formValidator({
        schema: { type: 'object', properties: { a: { type: 'string', pattern: '([' } } },
      }),
    ).rejects.toThrow();
  });
});
