import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '@src/data/services/catalog-types';
import { buildFormModel, emptyFormData } from '@src/data/services/form-model';
import { createFormEngine, type FieldProblem } from '@src/data/services/form-validator';
import { loadRegions, type RegionIndex } from '@src/data/services/formats/regions';
import { setValue } from '@src/data/services/json-pointer';
import { demoCatalog } from './demo-catalog';
import { exampleData } from './example-data';

let catalog: Catalog;
let regions: RegionIndex;
beforeAll(async () => {
  catalog = await demoCatalog();
  regions = await loadRegions();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** What a page under a Content-Security-Policy without 'unsafe-eval' gets. */
function refuseEval(): never {
  throw new EvalError("Refused to evaluate a string as JavaScript: 'unsafe-eval' is not allowed");
}

describe('checking forms under a Content-Security-Policy without unsafe-eval', () => {
  it('builds every demo form and checks good, blank and wrong data without generating code', () => {
    // Arrange
    const pension = catalog.services.find((s) => s.id === 'resident-pension-enrolment');
    if (!pension) throw new Error('no pension form in the demo catalogue');
    const forms = catalog.services.map((service) => {
      const model = buildFormModel(service.form, 'zh-CN');
      return { service, good: exampleData(model), blank: emptyFormData(model) };
    });
    const wrongId = setValue(
      exampleData(buildFormModel(pension.form, 'zh-CN')),
      '/idNumber',
      '110105194912310021',
    );
    vi.stubGlobal('Function', refuseEval);
    vi.stubGlobal('eval', refuseEval);

    // Act
    const engine = createFormEngine(regions);
    const results = forms.map(({ service, good, blank }) => {
      const validator = engine.validator(service.form);
      return { id: service.id, good: validator.validate(good), blank: validator.validate(blank) };
    });
    const wrong: FieldProblem[] = engine.validator(pension.form).validate(wrongId);
    vi.unstubAllGlobals();

    // Assert
    for (const result of results) {
      expect(result.good, result.id).toEqual([]);
      expect(result.blank.length, result.id).toBeGreaterThan(0);
    }
    expect(wrong).toEqual([
      { pointer: '/idNumber', code: 'format:cn-resident-id', params: { reason: 'checksum' } },
    ]);
  });
});
