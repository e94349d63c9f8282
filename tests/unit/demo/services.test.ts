import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ENDPOINTS } from '@src/demo/endpoints';
import { buildServiceCatalog } from '@src/demo/services/catalog';
import { catalogSchema } from '@src/demo/services/catalog-schema';
import type {
  FieldSchema,
  ServiceCatalog,
  ServiceDefinition,
} from '@src/demo/services/catalog-types';
import { startDemoServer, url, type DemoServer } from './demo-server';

let demo: DemoServer;
beforeAll(() => {
  demo = startDemoServer();
});
beforeEach(() => {
  demo.reset();
});
afterAll(() => demo.close());

/** The portal's formats, reduced to the shape checks a test needs. */
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  'uri-reference': /^\S*$/,
  'cn-resident-id': /^\d{17}[\dX]$/,
  'cn-mobile': /^1[3-9]\d{9}$/,
  'cn-region-code': /^\d{6}$/,
  'cn-uscc': /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
};

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const [name, pattern] of Object.entries(FORMATS)) ajv.addFormat(name, pattern);
  ajv.addVocabulary(['x-title', 'x-enumTitles', 'x-help']);
  return ajv;
}

/** A valid example value for a field, so every form can be filled in and sent. */
function example(field: FieldSchema | NonNullable<FieldSchema['items']>): unknown {
  if (field.enum) return field.enum[0];
  switch (field.type) {
    case 'boolean':
      return true;
    case 'integer':
      return field.minimum ?? 1;
    case 'array': {
      const item = field.items ? example(field.items) : '示例';
      return Array.from({ length: Math.max(1, field.minItems ?? 1) }, () => item);
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(field.properties ?? {}).map(([name, sub]) => [name, example(sub)]),
      );
    case 'string': {
      const byFormat: Record<string, string> = {
        date: '2026-12-01',
        'cn-resident-id': '11010519491231002X',
        'cn-mobile': '13800138000',
        'cn-region-code': '110105',
        'cn-uscc': '91110105MA01ABCD2X',
      };
      if (field.format) return byFormat[field.format];
      if (field.pattern) return '6222020200112233445';
      return '示例内容';
    }
  }
}

function exampleData(service: ServiceDefinition): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(service.form.schema.properties).map(([name, field]) => [name, example(field)]),
  );
}

function submit(serviceId: string, data: unknown, key?: string): Promise<Response> {
  return fetch(url(DEMO_ENDPOINTS.serviceSubmit), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify({ serviceId, data, submittedAt: new Date().toISOString() }),
  });
}

const catalog = buildServiceCatalog();
const service = (id: string): ServiceDefinition => {
  const found = catalog.services.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('demo service catalogue', () => {
  it('is served as JSON that validates against docs/service-catalog.schema.json', async () => {
    const response = await fetch(url(DEMO_ENDPOINTS.serviceCatalog));
    const served = (await response.json()) as ServiceCatalog;
    const validate = createAjv().compile(catalogSchema);

    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(validate(served), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(served).toEqual(JSON.parse(JSON.stringify(catalog)));
  });

  it('has the eight themes, every service in one of them and every theme with a service', () => {
    const themes = catalog.categories.map((category) => category.id);

    expect(themes).toEqual([
      'education',
      'employment',
      'social-security',
      'civil-affairs',
      'health',
      'housing',
      'broadcasting',
      'culture-sports',
    ]);
    expect(catalog.services.length).toBeGreaterThanOrEqual(10);
    for (const entry of catalog.services) expect(themes).toContain(entry.category);
    for (const theme of themes)
      expect(
        catalog.services.some((entry) => entry.category === theme),
        theme,
      ).toBe(true);
    expect(new Set(catalog.services.map((entry) => entry.id)).size).toBe(catalog.services.length);
  });

  it('has form schemas that compile with ajv 2020-12, ordered and stepped by their uiSchema', () => {
    const ajv = createAjv();
    for (const entry of catalog.services) {
      const { schema, uiSchema } = entry.form;
      const names = Object.keys(schema.properties);
      const validate = ajv.compile(schema);
      const data = exampleData(entry);

      expect(validate(data), `${entry.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(uiSchema.order).toEqual(names);
      expect(uiSchema.steps.flatMap((step) => step.fields)).toEqual(names);
      for (const name of schema.required) expect(names).toContain(name);
      expect(entry.statusUrl).toContain('{receipt}');
    }
  });

  it('uses every kind of field the portal renders, with labels in both languages', () => {
    const fields: FieldSchema[] = [];
    const walk = (field: FieldSchema): void => {
      fields.push(field);
      Object.values(field.properties ?? {}).forEach(walk);
    };
    catalog.services.forEach((entry) => Object.values(entry.form.schema.properties).forEach(walk));
    const formats = new Set(fields.map((field) => field.format));
    const types = new Set(fields.map((field) => field.type));

    for (const format of ['date', 'cn-resident-id', 'cn-mobile', 'cn-region-code', 'cn-uscc']) {
      expect(formats.has(format), format).toBe(true);
    }
    for (const type of ['string', 'integer', 'boolean', 'array', 'object'])
      expect(types.has(type as FieldSchema['type'])).toBe(true);
    expect(fields.some((field) => field.enum && field.type === 'integer')).toBe(true);
    expect(fields.some((field) => field.type === 'array' && field.items?.enum)).toBe(true);
    for (const field of fields) {
      expect(field['x-title']['zh-CN']).toBe(field.title);
      expect(field['x-title'].en).toMatch(/[A-Za-z]/);
      const titles = field['x-enumTitles'] ?? field.items?.['x-enumTitles'];
      const values = field.enum ?? field.items?.enum;
      if (values) expect(titles?.['zh-CN']).toHaveLength(values.length);
      if (values) expect(titles?.en).toHaveLength(values.length);
    }
    const uscc = catalog.services.filter((entry) =>
      JSON.stringify(entry.form.schema).includes('cn-uscc'),
    );
    expect(uscc.map((entry) => entry.id)).toEqual(['employer-hiring-subsidy']);
  });
});

describe('demo service submissions', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts every service’s example application with a receipt', async () => {
    for (const entry of catalog.services) {
      const response = await submit(entry.id, exampleData(entry), `key-${entry.id}`);
      const body = (await response.json()) as { receipt: string; status: string };

      expect(response.status, entry.id).toBe(201);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(body.status).toBe('received');
      expect(body.receipt).toMatch(/^TV\d{8}-\d{6}$/);
    }
  });

  it('stores an application once per Idempotency-Key', async () => {
    const entry = service('senior-allowance');
    const data = exampleData(entry);

    const first = await submit(entry.id, data, 'key-1');
    const again = await submit(entry.id, data, 'key-1');
    const other = await submit(entry.id, data, 'key-2');
    const reused = await submit(entry.id, { ...data, consent: false }, 'key-1');
    const [a, b, c] = await Promise.all([first.json(), again.json(), other.json()]);
    await reused.text();

    expect([first.status, again.status, other.status, reused.status]).toEqual([201, 200, 201, 422]);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('refuses a submission without an Idempotency-Key', async () => {
    const response = await submit('library-card', exampleData(service('library-card')));
    const body = (await response.json()) as { type: string };

    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    expect(body.type).toContain('idempotency-key-required');
  });

  it('answers 422 with a pointer and a Chinese message for each wrong field', async () => {
    const entry = service('school-enrolment');
    const data = exampleData(entry);
    const child = data.child as Record<string, unknown>;
    const broken = {
      ...data,
      stage: 'university',
      child: { ...child, name: '' },
      hukouRegion: 110105,
    };
    delete (broken as Record<string, unknown>).guardian;

    const response = await submit(entry.id, broken, 'broken');
    const body = (await response.json()) as {
      errors: Array<{ pointer: string; code: string; detail: string }>;
    };

    expect(response.status).toBe(422);
    expect(body.errors.map((error) => `${error.code} ${error.pointer}`).sort()).toEqual([
      'enum /stage',
      'required /child/name',
      'required /guardian',
      'type /hukouRegion',
    ]);
    for (const error of body.errors) expect(error.detail).toMatch(/[\u4e00-\u9fff]/);
    expect((await submit('no-such-service', {}, 'x')).status).toBe(422);
  });

  it('moves the status on with time: received, reviewing after a minute, approved after three', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-24T10:00:00+08:00'));
    demo.reset();
    const response = await submit(
      'cable-tv-service',
      exampleData(service('cable-tv-service')),
      'tv-fix',
    );
    const { receipt } = (await response.json()) as { receipt: string };
    const statusAt = async (): Promise<{ status: string; updatedAt: string; message: string }> => {
      const answer = await fetch(url(`${DEMO_ENDPOINTS.serviceSubmit}/${receipt}`));
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      return (await answer.json()) as { status: string; updatedAt: string; message: string };
    };

    const received = await statusAt();
    vi.setSystemTime(Date.parse('2026-11-24T10:01:01+08:00'));
    const reviewing = await statusAt();
    vi.setSystemTime(Date.parse('2026-11-24T10:03:00+08:00'));
    const approved = await statusAt();

    expect(receipt).toBe('TV20261124-000001');
    expect(response.headers.get('Location')).toBe(`${DEMO_ENDPOINTS.serviceSubmit}/${receipt}`);
    expect(received).toMatchObject({ status: 'received', updatedAt: '2026-11-24T10:00:00+08:00' });
    expect(reviewing).toMatchObject({
      status: 'reviewing',
      updatedAt: '2026-11-24T10:01:00+08:00',
    });
    expect(approved).toMatchObject({ status: 'approved', updatedAt: '2026-11-24T10:03:00+08:00' });
    expect(approved.message).toMatch(/审核通过/);
    const unknown = await fetch(url(`${DEMO_ENDPOINTS.serviceSubmit}/TV20261124-999999`));
    await unknown.text();
    expect(unknown.status).toBe(404);
  });

  it('lets the demo back office move an application on at once, one stage at a time', async () => {
    demo.reset();
    const response = await submit('library-card', exampleData(service('library-card')), 'office');
    const { receipt } = (await response.json()) as { receipt: string };
    const advance = async () =>
      (await (
        await fetch(url(`${DEMO_ENDPOINTS.serviceSubmit}/${receipt}/advance`), { method: 'POST' })
      ).json()) as { status: string };

    expect((await advance()).status).toBe('reviewing');
    expect((await advance()).status).toBe('approved');
    expect((await advance()).status).toBe('approved');
    const unknown = await fetch(url(`${DEMO_ENDPOINTS.serviceSubmit}/TV1-1/advance`), {
      method: 'POST',
    });
    await unknown.text();
    expect(unknown.status).toBe(404);
  });

  it('keeps no form data in its exported state', async () => {
    const backend = demo.reset();
    const entry = service('resident-pension-enrolment');
    await (await submit(entry.id, exampleData(entry), 'private')).text();

    const state = JSON.stringify(backend.exportState());

    expect(state).toContain('resident-pension-enrolment');
    expect(state).not.toContain('11010519491231002X');
    expect(state).not.toContain('13800138000');
  });
});
