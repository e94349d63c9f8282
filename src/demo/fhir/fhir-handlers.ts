/**
 * The demo FHIR R4 scheduling server over HTTP: bearer-token check, JSON in and
 * out as `application/fhir+json`, errors as OperationOutcome, and
 * `Cache-Control: no-store` on every answer (health data must not be cached).
 */
import { http, type HttpHandler } from 'msw/http';
import type { DemoContext } from '../context';
import { DEMO_ENDPOINTS, DEMO_FHIR_TOKEN } from '../endpoints';
import { formatBeijingIso } from '../time';
import { createAppointment, takeSlot, updateAppointment } from './appointment-writes';
import { searchsetBundle } from './bundle';
import { capabilityStatement } from './capability-statement';
import { isSearchableType, resolveIncludes, searchResources } from './fhir-search';
import type { FhirStore } from './fhir-store';
import type { Appointment } from './fhir-types';
import { FhirError, fhirError, operationOutcome } from './operation-outcome';
import { VIDEO_ROOM_PATH, videoRoomPage } from './video-room';

const BASE = DEMO_ENDPOINTS.fhirBase;

function fhirResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/fhir+json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

function checkToken(request: Request): void {
  if (request.headers.get('Authorization') !== `Bearer ${DEMO_FHIR_TOKEN}`) {
    throw fhirError(401, 'login', {
      zh: '未授权：缺少或无效的访问令牌。',
      en: 'Unauthorized: a valid bearer token is required.',
    });
  }
}

/** Runs an interaction, turning FhirErrors (and anything unexpected) into OperationOutcomes. */
async function answer(
  request: Request,
  run: () => Response | Promise<Response>,
  open = false,
): Promise<Response> {
  try {
    if (!open) checkToken(request);
    return await run();
  } catch (error) {
    if (error instanceof FhirError) {
      const headers: Record<string, string> =
        error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="hearth-demo-fhir"' } : {};
      return fhirResponse(error.status, error.outcome, headers);
    }
    return fhirResponse(
      500,
      operationOutcome('exception', {
        zh: '演示服务器内部错误。',
        en: `Demo server error: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
  }
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    throw fhirError(400, 'structure', {
      zh: '请求内容不是有效的 JSON。',
      en: 'The body is not valid JSON.',
    });
  }
}

function param(value: string | readonly string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

function appointmentHeaders(serviceBase: string, appointment: Appointment): Record<string, string> {
  const version = appointment.meta?.versionId ?? '1';
  return {
    Location: `${serviceBase}/Appointment/${appointment.id ?? ''}/_history/${version}`,
    ETag: `W/"${version}"`,
    'Last-Modified': new Date(Date.parse(appointment.meta?.lastUpdated ?? '')).toUTCString(),
  };
}

export function createFhirHandlers(context: DemoContext, store: FhirStore): HttpHandler[] {
  const serviceBaseOf = (request: Request): string => `${new URL(request.url).origin}${BASE}`;
  const unknownType = (type: string): FhirError =>
    fhirError(404, 'not-supported', {
      zh: `演示服务器不支持资源类型 ${type}。`,
      en: `Resource type ${type} is not supported by the demo server.`,
    });

  return [
    // Demo only: the page a video consultation's link opens (see video-room.ts).
    http.get(context.route(`${VIDEO_ROOM_PATH}/:id`), ({ params }) => {
      return new Response(videoRoomPage(param(params.id)), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }),
    http.get(context.route(`${BASE}/metadata`), ({ request }) =>
      answer(request, () => fhirResponse(200, capabilityStatement(context.now())), true),
    ),
    // Demo only, and open like a test fixture: someone else takes the slot.
    http.post(context.route(`${BASE}/$demo-take-slot`), ({ request }) =>
      answer(
        request,
        () => {
          const slot = new URL(request.url).searchParams.get('slot');
          if (!slot) {
            throw fhirError(400, 'required', {
              zh: '缺少 slot 参数。',
              en: 'The slot parameter is required.',
            });
          }
          return fhirResponse(200, takeSlot(store, slot));
        },
        true,
      ),
    ),
    http.post(context.route(`${BASE}/Appointment`), ({ request }) =>
      answer(request, async () => {
        const origin = new URL(request.url).origin;
        const result = createAppointment(
          store,
          await jsonBody(request),
          request.headers.get('If-None-Exist'),
          (id) => `${origin}${VIDEO_ROOM_PATH}/${encodeURIComponent(id)}`,
        );
        return fhirResponse(
          result.status,
          result.appointment,
          appointmentHeaders(serviceBaseOf(request), result.appointment),
        );
      }),
    ),
    http.put(context.route(`${BASE}/Appointment/:id`), ({ request, params }) =>
      answer(request, async () => {
        const result = updateAppointment(
          store,
          param(params.id),
          await jsonBody(request),
          request.headers.get('If-Match'),
        );
        return fhirResponse(
          200,
          result.appointment,
          appointmentHeaders(serviceBaseOf(request), result.appointment),
        );
      }),
    ),
    http.get(context.route(`${BASE}/:type`), ({ request, params }) =>
      answer(request, () => {
        const type = param(params.type);
        if (!isSearchableType(type)) throw unknownType(type);
        const url = new URL(request.url);
        const matches = searchResources(store, type, url.searchParams);
        const includes = url.searchParams.getAll('_include');
        const bundle = searchsetBundle({
          url,
          serviceBase: serviceBaseOf(request),
          matches,
          includes: (page) => resolveIncludes(store, page, includes),
          lastUpdated: formatBeijingIso(context.now()),
        });
        return fhirResponse(200, bundle);
      }),
    ),
    http.get(context.route(`${BASE}/:type/:id`), ({ request, params }) =>
      answer(request, () => {
        const type = param(params.type);
        const id = param(params.id);
        if (!isSearchableType(type)) throw unknownType(type);
        const resource = store.read(type, id);
        if (!resource) {
          throw fhirError(404, 'not-found', {
            zh: '资源不存在。',
            en: `${type}/${id} does not exist.`,
          });
        }
        const version = resource.meta?.versionId;
        return fhirResponse(200, resource, version ? { ETag: `W/"${version}"` } : {});
      }),
    ),
    // Anything else under the FHIR base is an interaction the demo does not offer.
    http.all(context.route(`${BASE}/*`), ({ request }) =>
      answer(
        request,
        () => {
          throw fhirError(405, 'not-supported', {
            zh: '演示服务器不支持该操作。',
            en: `${request.method} ${new URL(request.url).pathname} is not supported by the demo server.`,
          });
        },
        true,
      ),
    ),
  ];
}
