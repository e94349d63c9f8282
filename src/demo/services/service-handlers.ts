/**
 * The demo government-services gateway over HTTP: the catalogue (public,
 * revalidated), submissions (idempotent, 201 with a receipt) and statuses.
 * Submissions and statuses are personal: `Cache-Control: no-store`. Errors are
 * RFC 9457 problem details, with field errors in `errors` (pointer + detail).
 */
import { http, type HttpHandler } from 'msw/http';
import type { DemoContext } from '../context';
import { DEMO_ENDPOINTS } from '../endpoints';
import { conditionalResponse } from '../http-cache';
import { buildCommunityCatalog } from '../community/community-catalog';
import { buildServiceCatalog, findService } from './catalog';
import { checkFormData, type FieldError } from './form-check';
import type { SubmissionRecord, SubmissionStore } from './submissions';

const CATALOG_REVISED = Date.parse('2026-11-24T00:00:00+08:00');
/** An Idempotency-Key: printable ASCII, as the IETF draft's examples (UUIDs and the like). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

function problem(
  status: number,
  type: string,
  title: string,
  detail: string,
  errors?: FieldError[],
): Response {
  const body = {
    type: `urn:hearth:demo:problem:${type}`,
    title,
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const statusUrl = (receipt: string): string => `${DEMO_ENDPOINTS.serviceSubmit}/${receipt}`;

const receiptBody = (record: SubmissionRecord): Record<string, string> => ({
  receipt: record.receipt,
  status: 'received',
  statusUrl: statusUrl(record.receipt),
});

export function createServiceHandlers(
  context: DemoContext,
  submissions: SubmissionStore,
): HttpHandler[] {
  const catalog = buildServiceCatalog();
  const catalogJson = JSON.stringify(catalog);
  // The property manager's services at home are submitted and followed here too.
  const community = buildCommunityCatalog();

  return [
    http.get(context.route(DEMO_ENDPOINTS.serviceCatalog), ({ request }) =>
      conditionalResponse(request, {
        body: catalogJson,
        contentType: 'application/json; charset=utf-8',
        lastModified: CATALOG_REVISED,
        cacheControl: 'no-cache',
      }),
    ),
    http.post(context.route(DEMO_ENDPOINTS.serviceSubmit), async ({ request }) => {
      const key = request.headers.get('Idempotency-Key');
      if (key === null || !IDEMPOTENCY_KEY.test(key)) {
        return problem(
          400,
          'idempotency-key-required',
          '缺少幂等键',
          'Every submission needs an Idempotency-Key header (1–255 printable ASCII characters).',
        );
      }
      let body: unknown;
      try {
        body = (await request.json()) as unknown;
      } catch {
        return problem(400, 'invalid-json', '提交内容无法识别', 'The body is not valid JSON.');
      }
      if (!isRecord(body) || typeof body.serviceId !== 'string' || !('data' in body)) {
        return problem(
          400,
          'invalid-body',
          '提交内容不完整',
          'The body must be {serviceId, data, submittedAt}.',
        );
      }
      const service =
        findService(catalog, body.serviceId) ?? findService(community, body.serviceId);
      if (!service) {
        return problem(
          422,
          'unknown-service',
          '没有这项服务',
          `No service "${body.serviceId}" in the catalogue.`,
        );
      }
      const errors = checkFormData(service.form.schema, body.data);
      if (errors.length > 0) {
        return problem(
          422,
          'validation-failed',
          '表单内容有误',
          `表单有 ${errors.length} 处需要修改。`,
          errors,
        );
      }
      const outcome = submissions.submit(key, service.id, body.data);
      if (outcome.kind === 'key-reused') {
        return problem(
          422,
          'idempotency-key-reused',
          '幂等键已用于另一份申请',
          'This Idempotency-Key was already used for a different application.',
        );
      }
      const { record } = outcome;
      return json(outcome.kind === 'created' ? 201 : 200, receiptBody(record), {
        Location: statusUrl(record.receipt),
      });
    }),
    // Demo only: the back office moves an application on (see SubmissionStore.advance).
    http.post(context.route(`${DEMO_ENDPOINTS.serviceSubmit}/:receipt/advance`), ({ params }) => {
      const receipt = typeof params.receipt === 'string' ? params.receipt : '';
      return submissions.advance(receipt)
        ? json(200, submissions.status(receipt))
        : problem(
            404,
            'unknown-receipt',
            '未找到该申请',
            `No application with receipt ${receipt}.`,
          );
    }),
    http.get(context.route(`${DEMO_ENDPOINTS.serviceSubmit}/:receipt`), ({ params }) => {
      const receipt = typeof params.receipt === 'string' ? params.receipt : '';
      const answer = submissions.status(receipt);
      return answer
        ? json(200, answer)
        : problem(
            404,
            'unknown-receipt',
            '未找到该申请',
            `No application with receipt ${receipt}.`,
          );
    }),
  ];
}
