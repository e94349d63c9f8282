import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadConfig, type ConfigResult } from '@src/config/load-config';

const BASE = 'https://tv.example.org/portal/index.html';
const shipped = readFileSync('public/config.json', 'utf8');

/** A fetch that answers every request with `body` and records the URLs asked for. */
function serve(body: string, init: ResponseInit = {}) {
  const urls: string[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return new Response(body, init);
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, urls };
}

function load(body: string, init: ResponseInit = {}, search = ''): Promise<ConfigResult> {
  return loadConfig({ search, baseUrl: BASE, fetchImpl: serve(body, init).fetchImpl });
}

function errorsOf(result: ConfigResult) {
  if (result.ok) throw new Error('expected a failed result');
  return result.errors;
}

let consoleError: MockInstance;
let consoleWarn: MockInstance;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('loadConfig: where the file comes from', () => {
  it('fetches config.json next to the page by default', async () => {
    const { fetchImpl, urls } = serve(shipped);
    const result = await loadConfig({ search: '', baseUrl: BASE, fetchImpl });
    expect(urls).toEqual(['https://tv.example.org/portal/config.json']);
    expect(result).toMatchObject({ ok: true, url: 'https://tv.example.org/portal/config.json' });
  });

  it('uses ?config=<url> instead, resolved against the page', async () => {
    const { fetchImpl, urls } = serve(shipped);
    const result = await loadConfig({
      search: '?lang=en&config=operators%2Facme.json',
      baseUrl: BASE,
      fetchImpl,
    });
    expect(urls).toEqual(['https://tv.example.org/portal/operators/acme.json']);
    expect(result.url).toBe('https://tv.example.org/portal/operators/acme.json');
  });

  it('refuses a ?config= that is not http(s) without fetching it', async () => {
    const { fetchImpl, urls } = serve(shipped);
    const result = await loadConfig({
      search: '?config=javascript:alert(1)',
      baseUrl: BASE,
      fetchImpl,
    });
    expect(urls).toEqual([]);
    expect(errorsOf(result)).toEqual([expect.objectContaining({ path: '', keyword: 'configUrl' })]);
  });
});

describe('loadConfig: ?config= on another server', () => {
  const STRANGER = 'http://localhost:9/c.json';
  const search = `?config=${encodeURIComponent(STRANGER)}`;
  /** The built-in config.json answers `builtIn`; the other server answers a valid config. */
  function servers(builtIn: string | null) {
    const urls: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      const url = String(input);
      urls.push(url);
      if (url === STRANGER) return new Response(shipped);
      if (builtIn === null) throw new TypeError('unreachable');
      return new Response(builtIn);
    }) as typeof fetch;
    return { fetchImpl, urls };
  }
  const withOrigins = (origins: unknown) =>
    JSON.stringify({ ...(JSON.parse(shipped) as object), configOrigins: origins });

  it('is refused unless the built-in config.json lists its origin, and never fetched', async () => {
    const { fetchImpl, urls } = servers(shipped);
    const result = await loadConfig({ search, baseUrl: BASE, fetchImpl });
    expect(urls).toEqual(['https://tv.example.org/portal/config.json']);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        keyword: 'configUrl',
        params: { reason: 'origin', origin: 'http://localhost:9' },
      }),
    ]);
  });

  it('is loaded when the operator lists its origin (in any spelling of it)', async () => {
    const { fetchImpl, urls } = servers(withOrigins(['http://LOCALHOST:9/']));
    const result = await loadConfig({ search, baseUrl: BASE, fetchImpl });
    expect(result.ok).toBe(true);
    expect(urls).toEqual(['https://tv.example.org/portal/config.json', STRANGER]);
  });

  it('is refused when the built-in file cannot be read or lists other origins', async () => {
    for (const builtIn of [
      null,
      '{ broken',
      withOrigins(['http://[::1]:9']),
      withOrigins('http://localhost:9'),
    ]) {
      const { fetchImpl, urls } = servers(builtIn);
      const result = await loadConfig({ search, baseUrl: BASE, fetchImpl });
      expect(errorsOf(result)[0]?.params).toMatchObject({ reason: 'origin' });
      expect(urls).not.toContain(STRANGER);
    }
  });

  it('a config on the portal’s own server needs no listing', async () => {
    const { fetchImpl, urls } = servers(null);
    const own = 'https://tv.example.org/other/place.json';
    const result = await loadConfig({
      search: `?config=${encodeURIComponent(own)}`,
      baseUrl: BASE,
      fetchImpl: ((input: RequestInfo | URL) =>
        String(input) === own
          ? Promise.resolve(new Response(shipped))
          : fetchImpl(input)) as typeof fetch,
    });
    expect(result.ok).toBe(true);
    expect(urls).toEqual([]);
  });
});

describe('loadConfig: a valid file', () => {
  it('loads the shipped public/config.json with defaults applied and no warnings', async () => {
    const result = await load(shipped);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.config).toEqual({
      operator: { name: 'Hearth', theme: { accent: '#e8a33d' } },
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      location: { regionCode: '110105', lat: 39.93, lon: 116.45 },
      features: ['watch', 'home', 'health', 'services', 'community', 'alerts', 'settings'],
      startInLiveTv: false,
      sources: {},
    });
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('reports unknown keys as warnings, by path, and still loads', async () => {
    const result = await load(JSON.stringify({ operator: { nmae: 'Acme' }, colour: 'red' }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.path)).toEqual(['/colour', '/operator/nmae']);
    expect(consoleWarn).toHaveBeenCalledTimes(2);
    expect(consoleWarn.mock.calls[0]?.[0]).toMatch(/^\[hearth:config\] .* \/colour: /);
    if (result.ok) expect(result.config).not.toHaveProperty('colour');
  });

  it('accepts a relative URL and an IPv6 Home Assistant address', async () => {
    const result = await load(
      JSON.stringify({
        sources: {
          channels: { playlistUrl: 'demo/channels.m3u' },
          home: { url: 'http://[::1]:8123', token: 'abcd' },
        },
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('loadConfig: errors, each with a path and a readable message', () => {
  it('reports HTTP 404', async () => {
    const result = await load('Not found', { status: 404, statusText: 'Not Found' });
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        path: '',
        keyword: 'http',
        message: 'server answered HTTP 404 Not Found',
        params: { status: 404, statusText: 'Not Found' },
      }),
    ]);
    expect(consoleError).toHaveBeenCalledWith(
      '[hearth:config] https://tv.example.org/portal/config.json: server answered HTTP 404 Not Found',
    );
  });

  it('reports HTTP 500', async () => {
    const result = await load('oops', { status: 500 });
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        keyword: 'http',
        params: expect.objectContaining({ status: 500 }),
      }),
    ]);
  });

  it('reports a network failure', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await loadConfig({ search: '', baseUrl: BASE, fetchImpl });
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        keyword: 'network',
        message: 'could not be fetched: Failed to fetch',
      }),
    ]);
  });

  it('gives up on a hung server after 8 s by default, aborting the request', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const fetchImpl = ((_input: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }) as typeof fetch;
    const pending = loadConfig({ search: '', baseUrl: BASE, fetchImpl });
    await vi.advanceTimersByTimeAsync(7999);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(signal?.aborted).toBe(true);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        path: '',
        keyword: 'timeout',
        message: 'server did not answer within 8 s',
      }),
    ]);
  });

  it('gives up on time even if the request ignores the abort signal (old TV engines)', async () => {
    const fetchImpl = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const result = await loadConfig({ search: '', baseUrl: BASE, fetchImpl, timeoutMs: 20 });
    expect(errorsOf(result)).toEqual([expect.objectContaining({ keyword: 'timeout' })]);
  });

  it('reports a body that is not JSON, with line and column', async () => {
    const result = await load('{\n  "locale": "zh-CN",\n  // the operator\'s comment\n}');
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        path: '',
        keyword: 'json',
        params: expect.objectContaining({ line: 3, column: 3 }),
      }),
    ]);
    expect(errorsOf(result)[0]?.message).toMatch(/^is not valid JSON: .*\(line 3, column 3\)$/);
  });

  it('reports an HTML error page served as config.json', async () => {
    const result = await load('<!doctype html><title>Portal</title>');
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        keyword: 'json',
        params: expect.objectContaining({ line: 1, column: 1 }),
      }),
    ]);
  });

  it('accepts a file saved with a UTF-8 byte order mark', async () => {
    expect((await load(`\uFEFF${shipped}`)).ok).toBe(true);
  });

  it.each([
    ['[]', 'array'],
    ['"config"', 'string'],
    ['null', 'null'],
    ['42', 'number'],
  ])('reports %s as not an object', async (body, found) => {
    const result = await load(body);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        path: '',
        keyword: 'notObject',
        message: `must be a JSON object ({ … }), not ${found}`,
      }),
    ]);
  });

  it('reports every schema error by JSON pointer path', async () => {
    const result = await load(
      JSON.stringify({
        operator: { theme: { accent: '#12345' } },
        locale: 'fr',
        features: ['watch', 'radio', 'watch'],
        location: { regionCode: '1101' },
      }),
    );
    expect(errorsOf(result).map((error) => error.path)).toEqual([
      '/operator/theme/accent',
      '/locale',
      '/location/regionCode',
      '/features/1',
      '/features/2',
    ]);
    expect(consoleError).toHaveBeenCalledTimes(5);
    expect(consoleError.mock.calls.map((call) => String(call[0]))).toContainEqual(
      expect.stringMatching(/^\[hearth:config\] \S+ \/operator\/theme\/accent: must match pattern/),
    );
  });

  it('reports a time zone this engine does not know at /timeZone', async () => {
    const result = await load(JSON.stringify({ timeZone: 'Asia/Beijing' }));
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ path: '/timeZone', keyword: 'timeZone' }),
    ]);
  });

  it("takes China's zones as known without building Intl's formatters before the first screen", async () => {
    const formats = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (const timeZone of ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'UTC']) {
        expect((await load(JSON.stringify({ timeZone }))).ok).toBe(true);
      }
      expect(formats).not.toHaveBeenCalled();
      // Any other zone is still asked: Europe/Berlin is known, and was asked about.
      expect((await load(JSON.stringify({ timeZone: 'Europe/Berlin' }))).ok).toBe(true);
      expect(formats).toHaveBeenCalled();
    } finally {
      formats.mockRestore();
    }
  });

  it('reports URLs that do not parse or use another scheme, by path', async () => {
    const result = await load(
      JSON.stringify({
        operator: { logo: 'javascript:alert(1)' },
        sources: {
          channels: { playlistUrl: 'http://' },
          home: { url: 'ftp://ha.local', token: 'abcd' },
          alerts: { feedUrls: ['https://cap.example.org/a.xml', 'http://[::1'] },
        },
      }),
    );
    expect(errorsOf(result).map(({ path, keyword }) => `${path} ${keyword}`)).toEqual([
      '/operator/logo urlScheme',
      '/sources/channels/playlistUrl url',
      '/sources/home/url urlScheme',
      '/sources/alerts/feedUrls/1 url',
    ]);
  });

  it('is not fooled by control characters or spaces before a scheme', async () => {
    const result = await load(
      JSON.stringify({
        operator: { logo: '\u0001javascript:alert(1)' },
        sources: {
          channels: { playlistUrl: ' \tjavascript:alert(1)' },
          services: { catalogUrl: '\u001fdata:application/json,{}' },
          alerts: { feedUrls: ['/cap/index.atom'] },
        },
      }),
    );
    expect(errorsOf(result).map(({ path, keyword }) => `${path} ${keyword}`)).toEqual([
      '/operator/logo urlScheme',
      '/sources/channels/playlistUrl urlScheme',
      '/sources/services/catalogUrl urlScheme',
    ]);
  });

  it('allows ws(s) for Home Assistant only', async () => {
    const result = await load(
      JSON.stringify({
        sources: {
          home: { url: 'wss://ha.example.org/api/websocket', token: 'abcd' },
          services: { catalogUrl: 'ws://gov.example.org/catalog' },
        },
      }),
    );
    expect(errorsOf(result).map((error) => error.path)).toEqual(['/sources/services/catalogUrl']);
  });

  it("keeps warnings and the file's locale in a failed result", async () => {
    const result = await load(JSON.stringify({ locale: 'en', features: ['tv'], extra: true }));
    expect(result).toMatchObject({
      ok: false,
      locale: 'en',
      warnings: [expect.objectContaining({ path: '/extra' })],
    });
  });
});

describe('loadConfig: secrets', () => {
  const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.SECRET-HOME-TOKEN';
  const FHIR_TOKEN = 'fhir-SECRET-TOKEN-42';

  function everythingLogged(): string {
    const calls = [
      consoleError,
      consoleWarn,
      ...['log', 'info', 'debug'].map((name) => vi.mocked(console[name as 'log'])),
    ].flatMap((spy) => ('mock' in spy ? spy.mock.calls : []));
    return JSON.stringify(calls);
  }

  beforeEach(() => {
    for (const name of ['log', 'info', 'debug'] as const) {
      vi.spyOn(console, name).mockImplementation(() => undefined);
    }
  });

  it('never logs or returns token values in schema errors and warnings', async () => {
    const result = await load(
      JSON.stringify({
        sources: {
          home: { url: 'ftp://ha.local', token: TOKEN, tokenNote: TOKEN },
          health: { fhirBaseUrl: 'https://fhir.example.org', patient: 'bob', token: FHIR_TOKEN },
        },
      }),
    );
    expect(result.ok).toBe(false);
    expect(consoleError).toHaveBeenCalled();
    expect(consoleWarn).toHaveBeenCalled();
    const exposed =
      everythingLogged() + JSON.stringify(errorsOf(result)) + JSON.stringify(result.warnings);
    expect(exposed).not.toContain('SECRET');
  });

  it.each([
    ['a bare word after the token', `{"home": {"token": "${TOKEN}", "url": x}}`],
    ['a single-quoted token', `{"home": {"token": '${TOKEN}'}}`],
    ['a trailing comma', `{"home": {"token": "${TOKEN}",}}`],
  ])('never logs a token quoted by the JSON parser (%s)', async (_name, broken) => {
    const result = await load(broken);
    expect(errorsOf(result)[0]?.keyword).toBe('json');
    expect(everythingLogged() + JSON.stringify(errorsOf(result))).not.toMatch(/SECRET|eyJh/);
  });

  it('hides credentials in a ?config= URL when logging', async () => {
    const { fetchImpl } = serve('nope', { status: 401 });
    await loadConfig({
      search: `?config=${encodeURIComponent('https://op.example.org/c.json?token=SECRET-Q')}`,
      baseUrl: BASE,
      fetchImpl,
    });
    expect(everythingLogged()).not.toContain('SECRET');
  });
});
