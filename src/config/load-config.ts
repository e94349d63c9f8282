/**
 * Loads the operator's config.json: fetch (with a timeout), parse, validate
 * against config.schema.json (generated standalone code, no ajv at runtime),
 * check what only the TV can check (time zone, URLs), and apply defaults.
 * Every problem comes back as a ConfigIssue with a JSON pointer path, and is
 * logged once with a `[hearth:config]` prefix; token values never are.
 */
import { fetchOrReadFile } from './fetch-or-read-file.js';
import { findUnknownKeys, validateConfig } from 'virtual:config-validator';
import { checkTimeZone, checkUrls } from './check-values.js';
import { configOriginIssue } from './config-origin.js';
import { applyDefaults } from './defaults.js';
import { parseJson } from './parse-json.js';
import { collectSecrets, collectSecretsFromText, redactText, redactUrl } from './redact.js';
import type { ConfigIssue, ConfigLocale, HearthConfig, RawConfig } from './types.js';

export type ConfigResult =
  | {
      ok: true;
      url: string;
      config: HearthConfig;
      warnings: ConfigIssue[];
      /** The server's Cache-Control for the file (About checks a file with tokens is no-store). */
      cacheControl: string | null;
    }
  | {
      ok: false;
      url: string;
      errors: ConfigIssue[];
      warnings: ConfigIssue[];
      /** The language the file asks for, when it could be read: for the error screen. */
      locale?: ConfigLocale;
    };

export interface LoadConfigOptions {
  /** `location.search`; `?config=<url>` points at another file. */
  search: string;
  /** `document.baseURI`; config.json and relative URLs in it resolve against it. */
  baseUrl: string;
  fetchImpl?: typeof fetch;
  /** Give up on a server that doesn't answer in this time. Default 8 s. */
  timeoutMs?: number;
}

export const DEFAULT_CONFIG_TIMEOUT_MS = 8000;
const LOG_PREFIX = '[hearth:config]';

export async function loadConfig(opts: LoadConfigOptions): Promise<ConfigResult> {
  const target = configUrl(opts.search, opts.baseUrl);
  if ('issue' in target) return report(failure(target.url, [target.issue], []), []);
  const { url } = target;

  const fetchImpl: typeof fetch =
    opts.fetchImpl ??
    ((input, init) =>
      typeof input === 'string' ? fetchOrReadFile(input, init) : fetch(input, init));
  const readText = (at: string) =>
    fetchText(at, fetchImpl, opts.timeoutMs ?? DEFAULT_CONFIG_TIMEOUT_MS);
  const refused = await configOriginIssue(url, opts.baseUrl, readText);
  if (refused) return report(failure(url, [refused], []), []);
  const fetched = await readText(url);
  if ('issue' in fetched) return report(failure(url, [fetched.issue], []), []);

  const parsed = parseJson(fetched.text);
  if (!parsed.ok) {
    const issue: ConfigIssue = {
      path: '',
      keyword: 'json',
      message:
        `is not valid JSON: ${parsed.reason}` +
        (parsed.position
          ? ` (line ${parsed.position.line}, column ${parsed.position.column})`
          : ''),
      params: { reason: parsed.reason, ...parsed.position },
    };
    return report(failure(url, [issue], []), collectSecretsFromText(fetched.text));
  }

  const data = parsed.value;
  if (!isRecord(data)) {
    const found = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
    const issue: ConfigIssue = {
      path: '',
      keyword: 'notObject',
      message: `must be a JSON object ({ … }), not ${found}`,
      params: { found },
    };
    return report(failure(url, [issue], []), collectSecrets(data));
  }

  const errors = [
    ...validateConfig(data),
    ...checkTimeZone(data),
    ...checkUrls(data, opts.baseUrl),
  ];
  const warnings = findUnknownKeys(data);
  const secrets = collectSecrets(data);
  if (errors.length > 0) {
    const locale =
      data['locale'] === 'zh-CN' || data['locale'] === 'en' ? data['locale'] : undefined;
    return report({ ...failure(url, errors, warnings), ...(locale ? { locale } : {}) }, secrets);
  }
  // Valid against the schema, so the file has RawConfig's shape.
  const config = applyDefaults(data as RawConfig);
  const { cacheControl } = fetched;
  return report({ ok: true, url, config, warnings, cacheControl }, secrets);
}

function configUrl(
  search: string,
  baseUrl: string,
): { url: string } | { url: string; issue: ConfigIssue } {
  const override = new URLSearchParams(search).get('config');
  if (!override) return { url: new URL('config.json', baseUrl).href };
  let url: URL;
  try {
    url = new URL(override, baseUrl);
  } catch {
    return { url: override, issue: configUrlIssue('is not a valid URL', 'invalid') };
  }
  // A page link must not make the TV read javascript: or data: "files"; the
  // page's own scheme is fine (file: in a packaged app).
  const base = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== base.protocol) {
    return { url: url.href, issue: configUrlIssue('must be an http(s) URL', 'scheme') };
  }
  return { url: url.href };
}

function configUrlIssue(message: string, reason: string): ConfigIssue {
  return { path: '', keyword: 'configUrl', message: `?config= ${message}`, params: { reason } };
}

async function fetchText(
  url: string,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<{ text: string; cacheControl: string | null } | { issue: ConfigIssue }> {
  // Chromium < 66 (2018–2019 TVs) has no AbortController: the race below still
  // gives up on time there, the request is just left to die on its own.
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  const seconds = Math.round(timeoutMs / 100) / 10;
  const request = (async (): Promise<
    { text: string; cacheControl: string | null } | { status: number; statusText: string }
  > => {
    const response = await fetchImpl(url, { cache: 'no-cache', signal: controller?.signal });
    if (!response.ok) return { status: response.status, statusText: response.statusText };
    return { text: await response.text(), cacheControl: response.headers.get('Cache-Control') };
  })();
  try {
    const outcome = await Promise.race([request, timeout]);
    if (outcome === 'timeout') {
      return { issue: timeoutIssue(seconds) };
    }
    if ('text' in outcome) return outcome;
    const { status, statusText } = outcome;
    return {
      issue: {
        path: '',
        keyword: 'http',
        message: `server answered HTTP ${status}${statusText ? ` ${statusText}` : ''}`,
        params: { status, statusText },
      },
    };
  } catch (error) {
    // An abort that lost the race with the timer still reads as a timeout.
    if (controller?.signal.aborted) {
      return { issue: timeoutIssue(seconds) };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      issue: {
        path: '',
        keyword: 'network',
        message: `could not be fetched: ${reason}`,
        params: { reason },
      },
    };
  } finally {
    clearTimeout(timer);
    // The loser of the race must not surface as an unhandled rejection.
    request.catch(() => undefined);
  }
}

function timeoutIssue(seconds: number): ConfigIssue {
  return {
    path: '',
    keyword: 'timeout',
    message: `server did not answer within ${seconds} s`,
    params: { seconds },
  };
}

function failure(url: string, errors: ConfigIssue[], warnings: ConfigIssue[]) {
  return { ok: false as const, url, errors, warnings };
}

/** Scrubs secrets from every message, then logs each issue once. */
function report<T extends ConfigResult>(result: T, secrets: readonly string[]): T {
  const scrub = (issue: ConfigIssue): ConfigIssue => ({
    ...issue,
    message: redactText(issue.message, secrets),
  });
  const url = redactUrl(result.url);
  const warnings = result.warnings.map(scrub);
  for (const issue of warnings) console.warn(`${LOG_PREFIX} ${describe(url, issue)}`);
  if (result.ok) return { ...result, warnings };
  const errors = result.errors.map(scrub);
  for (const issue of errors) console.error(`${LOG_PREFIX} ${describe(url, issue)}`);
  return { ...result, errors, warnings };
}

function describe(url: string, issue: ConfigIssue): string {
  return `${url}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
