import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalog, parseCatalog, servicesInCategory } from '@src/data/services/catalog';
import { formEngine, type FormEngine } from '@src/data/services/form-validator';
import { pickText } from '@src/data/services/localized';
import { buildServiceCatalog } from '@src/demo/services/catalog';
import { startDemoServer, url, type DemoServer } from '../../demo/demo-server';
import { CATALOG_URL } from './demo-catalog';

let engine: FormEngine;
let demo: DemoServer;
beforeAll(async () => {
  engine = await formEngine();
  demo = startDemoServer();
});
afterAll(() => demo.close());

/** The demo catalogue as JSON (what a gateway sends), to be spoilt by a test. */
const document = () =>
  JSON.parse(JSON.stringify(buildServiceCatalog())) as {
    categories: Array<Record<string, unknown>>;
    services: Array<Record<string, unknown> & { form: { schema: Record<string, unknown> } }>;
  };

describe('loading the service catalogue', () => {
  it('loads the demo catalogue over HTTP with absolute submit and status URLs', async () => {
    const result = await loadCatalog(CATALOG_URL);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.skipped).toEqual([]);
    expect(result.catalog.services).toHaveLength(buildServiceCatalog().services.length);
    const [first] = result.catalog.services;
    expect(first?.submitUrl).toBe(url('/demo-api/services/submissions'));
    expect(first?.statusUrl).toBe(`${url('/demo-api/services/submissions')}/{receipt}`);
    expect(servicesInCategory(result.catalog, 'social-security').length).toBeGreaterThan(0);
  });

  it('leaves out a service whose form does not compile, and keeps the rest', async () => {
    const spoilt = document();
    const broken = spoilt.services[1];
    if (!broken) throw new Error('demo catalogue too small');
    broken.form.schema.properties = {
      bad: { type: 'string', 'x-title': { 'zh-CN': '坏', en: 'Bad' }, pattern: '([' },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = parseCatalog(spoilt, CATALOG_URL, engine);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    if (!result.ok) throw new Error('whole catalogue refused');
    expect(result.skipped).toMatchObject([{ index: 1, id: broken.id, reason: 'form-schema' }]);
    expect(result.catalog.services.map((s) => s.id)).not.toContain(broken.id);
    expect(result.catalog.services).toHaveLength(spoilt.services.length - 1);
  });

  it('leaves out a service whose pattern could freeze the TV, says why, and keeps the rest', () => {
    const spoilt = document();
    const [, frozen, everyday] = spoilt.services;
    if (!frozen || !everyday) throw new Error('demo catalogue too small');
    frozen.form.schema.properties = {
      ...(frozen.form.schema.properties as object),
      digits: {
        type: 'string',
        'x-title': { 'zh-CN': '数字', en: 'Digits' },
        pattern: '^(\\d+)+$',
      },
    };
    everyday.form.schema.properties = {
      ...(everyday.form.schema.properties as object),
      id: { type: 'string', 'x-title': { 'zh-CN': '证号', en: 'ID' }, pattern: '^\\d{17}[\\dX]$' },
      mobile: {
        type: 'string',
        'x-title': { 'zh-CN': '手机', en: 'Mobile' },
        pattern: '^1[3-9]\\d{9}$',
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const result = parseCatalog(spoilt, CATALOG_URL, engine);

    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[1])).toContain(
      '/services/1/form/schema/properties/digits/pattern',
    );
    warn.mockRestore();
    if (!result.ok) throw new Error('whole catalogue refused');
    expect(result.skipped).toEqual([
      {
        index: 1,
        id: frozen.id,
        title: frozen.title,
        category: frozen.category,
        reason: 'unsafe-schema',
        problems: [
          {
            pointer: '/services/1/form/schema/properties/digits/pattern',
            code: 'pattern-unsafe',
            params: { pattern: '^(\\d+)+$', reason: 'exponential' },
          },
        ],
      },
    ]);
    expect(result.catalog.services.map((s) => s.id)).toContain(everyday.id);
    expect(result.catalog.services).toHaveLength(spoilt.services.length - 1);
  });

  it('refuses a catalogue nesting one field 2,000 deep with a problem, not a RangeError', () => {
    const spoilt = document();
    let field: Record<string, unknown> = { type: 'string', 'x-title': { 'zh-CN': '甲', en: 'A' } };
    for (let i = 0; i < 2_000; i++) {
      field = { type: 'object', 'x-title': { 'zh-CN': '甲', en: 'A' }, properties: { f: field } };
    }
    spoilt.services[0]!.form.schema.properties = { f: field };

    const result = parseCatalog(spoilt, CATALOG_URL, engine);

    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'too-deep', params: { limit: 32 } }],
    });
  });

  it('leaves out services that break the contract, repeat an id or name an unknown category', async () => {
    const spoilt = document();
    const [a, b, c] = spoilt.services;
    if (!a || !b || !c) throw new Error('demo catalogue too small');
    delete a.submitUrl;
    b.id = c.id;
    c.category = 'space-travel';
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = parseCatalog(spoilt, CATALOG_URL, engine);
    vi.restoreAllMocks();
    if (!result.ok) throw new Error('whole catalogue refused');
    expect(result.skipped.map((s) => [s.index, s.reason])).toEqual([
      [0, 'contract'],
      [2, 'unknown-category'],
    ]);
    expect(result.skipped[0]?.problems[0]).toMatchObject({
      pointer: '/services/0',
      code: 'required',
    });
    const again = document();
    again.services[1] = { ...again.services[0], ...{} } as (typeof again.services)[number];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const twice = parseCatalog(again, CATALOG_URL, engine);
    vi.restoreAllMocks();
    expect(twice.ok && twice.skipped.map((s) => s.reason)).toEqual(['duplicate-id']);
  });

  it('refuses a catalogue that is broken as a whole, saying where', () => {
    const spoilt = document();
    spoilt.categories = [];
    expect(parseCatalog(spoilt, CATALOG_URL, engine)).toEqual({
      ok: false,
      problems: [{ pointer: '/categories', code: 'minItems', params: { limit: 1 } }],
    });
    expect(parseCatalog('not a catalogue', CATALOG_URL, engine).ok).toBe(false);
  });

  it('reports network and HTTP failures as problems, not exceptions', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadCatalog(CATALOG_URL, {}, failing)).toEqual({
      ok: false,
      problems: [{ pointer: '', code: 'network', params: {} }],
    });
    const missing: typeof fetch = async () => new Response('nope', { status: 404 });
    expect(await loadCatalog(CATALOG_URL, {}, missing)).toMatchObject({
      ok: false,
      problems: [{ code: 'http', params: { status: 404 } }],
    });
  });

  it('refuses a catalogue over 1 MB, declared or not, without parsing it', async () => {
    const huge = JSON.stringify({ ...buildServiceCatalog(), 'x-padding': 'x'.repeat(1024 * 1024) });
    const declared: typeof fetch = async () =>
      new Response(huge, { headers: { 'Content-Length': String(huge.length) } });
    const streamed: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            const bytes = new TextEncoder().encode(huge);
            for (let at = 0; at < bytes.length; at += 64 * 1024) {
              controller.enqueue(bytes.subarray(at, at + 64 * 1024));
            }
            controller.close();
          },
        }),
      );

    for (const fetchImpl of [declared, streamed]) {
      expect(await loadCatalog(CATALOG_URL, {}, fetchImpl)).toEqual({
        ok: false,
        problems: [{ pointer: '', code: 'too-large', params: { limit: 1024 * 1024 } }],
      });
    }
  });

  it('asks past the kept copy only when retrying', async () => {
    const modes: (RequestCache | undefined)[] = [];
    const recording: typeof fetch = async (_input, init) => {
      modes.push(init?.cache);
      return new Response('nope', { status: 500 });
    };
    await loadCatalog(CATALOG_URL, {}, recording);
    await loadCatalog(CATALOG_URL, { fresh: true }, recording);
    expect(modes).toEqual(['default', 'reload']);
  });
});

describe('localised text', () => {
  it('picks the language, else the other one, else the fallback', () => {
    expect(pickText({ 'zh-CN': '教育', en: 'Education' }, 'en')).toBe('Education');
    expect(pickText({ 'zh-CN': '教育' }, 'en')).toBe('教育');
    expect(pickText(undefined, 'zh-CN', 'x')).toBe('x');
  });
});
