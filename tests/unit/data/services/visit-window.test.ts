import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '@src/data/services/catalog';
import type { JsonSchema, ServiceForm } from '@src/data/services/catalog-types';
import { buildField } from '@src/data/services/form-field';
import { buildFormModel, emptyFormData } from '@src/data/services/form-model';
import { createFormEngine, type FormEngine } from '@src/data/services/form-validator';
import {
  checkVisitWindow,
  parseVisitWindow,
  visitWindow,
} from '@src/data/services/formats/visit-window';
import { loadRegions } from '@src/data/services/formats/regions';
import { buildCommunityCatalog } from '@src/demo/community/community-catalog';

describe('visit windows', () => {
  it('writes and reads an ISO interval in local time, one of three parts of a day', () => {
    expect(visitWindow('2026-12-08', 'afternoon')).toBe('2026-12-08T13:00/2026-12-08T17:00');
    expect(parseVisitWindow('2026-12-08T18:00/2026-12-08T21:00')).toEqual({
      date: '2026-12-08',
      period: 'evening',
    });
    for (const wrong of [
      '2026-12-08T09:00/2026-12-08T12:00', // not one of the parts
      '2026-12-08T08:00/2026-12-09T12:00', // two days
      '2026-02-30T08:00/2026-02-30T12:00', // no such day
      '2026-12-08',
    ]) {
      expect(parseVisitWindow(wrong), wrong).toBeNull();
    }
  });

  it('is checked against the household’s today: not past, not more than 60 days ahead', () => {
    const today = '2026-12-06';
    expect(checkVisitWindow(visitWindow('2026-12-06', 'evening'), today)).toEqual({ ok: true });
    expect(checkVisitWindow(visitWindow('2027-02-04', 'morning'), today)).toEqual({ ok: true });
    expect(checkVisitWindow(visitWindow('2026-12-05', 'morning'), today)).toEqual({
      ok: false,
      reason: 'visit-date',
    });
    expect(checkVisitWindow(visitWindow('2027-02-05', 'morning'), today)).toEqual({
      ok: false,
      reason: 'visit-date',
    });
    expect(checkVisitWindow('tomorrow morning', today)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the form engine with visit windows and prefills', () => {
  let engine: FormEngine;
  beforeAll(async () => {
    engine = createFormEngine(await loadRegions(), () => new Date(2026, 11, 6, 10));
  });

  const form: ServiceForm = {
    schema: {
      type: 'object',
      required: ['visit'],
      properties: {
        visit: { type: 'string', title: '上门时间', format: 'visit-window' },
        address: { type: 'string', title: '上门地址', 'x-prefill': 'household-address' },
        note: { type: 'string', title: '备注', 'x-prefill': 'something-else' },
      },
    } as JsonSchema,
  };

  it('gives the field its own kind and names a past day as the problem', () => {
    expect(
      buildField(form.schema.properties?.visit ?? {}, 'visit', '/visit', true, 'zh-CN'),
    ).toMatchObject({
      kind: 'visit-window',
      keyboard: 'none',
    });
    const validator = engine.validator(form);
    expect(validator.validate({ visit: visitWindow('2026-12-07', 'morning') })).toEqual([]);
    expect(validator.validate({ visit: visitWindow('2026-12-01', 'morning') })).toEqual([
      expect.objectContaining({ pointer: '/visit', code: 'format:visit-window' }),
    ]);
  });

  it('marks only the prefills it knows; a blank form leaves them for the session to fill', () => {
    const model = buildFormModel(form, 'zh-CN');
    const fields = model.steps.flatMap((step) => step.fields);
    expect(fields.map((f) => [f.name, f.prefill])).toEqual([
      ['visit', undefined],
      ['address', 'household-address'],
      ['note', undefined],
    ]);
    expect(emptyFormData(model)).toEqual({ visit: '', address: '', note: '' });
  });

  it('loads the demo property manager’s catalogue whole through the 电视办 contract', async () => {
    const document: unknown = JSON.parse(JSON.stringify(buildCommunityCatalog()));
    const result = parseCatalog(
      document,
      'http://127.0.0.1:4173/demo-api/community/catalog.json',
      engine,
    );
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && result.catalog.services.map((s) => s.id)).toEqual([
      'community-repair',
      'community-housekeeping',
      'community-home-care',
    ]);
  });
});
