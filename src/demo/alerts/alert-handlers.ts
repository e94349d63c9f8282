/**
 * The demo alert service over HTTP: the Atom feed and the CAP documents
 * (public, revalidated with ETags) and, demo only, a way to raise a test alert.
 */
import { http, type HttpHandler } from 'msw/http';
import type { DemoContext } from '../context';
import { DEMO_ENDPOINTS } from '../endpoints';
import { conditionalResponse } from '../http-cache';
import { parseRaiseRequest, RaiseError, type AlertStore } from './alert-store';
import { atomFeed } from './atom-feed';
import { CAP_DIRECTORY, capPath } from './cap-message';
import { capXml } from './cap-xml';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function createAlertHandlers(context: DemoContext, store: AlertStore): HttpHandler[] {
  return [
    http.get(context.route(DEMO_ENDPOINTS.alertsFeed), ({ request }) => {
      const messages = store.messages();
      const updated = Math.max(...messages.map((message) => message.sent));
      return conditionalResponse(request, {
        body: atomFeed(messages, updated),
        contentType: 'application/atom+xml; charset=utf-8',
        lastModified: updated,
        // Alerts must reach the screen quickly: revalidate on every poll.
        cacheControl: 'no-cache',
      });
    }),
    http.get(context.route(`${CAP_DIRECTORY}/:file`), ({ request, params }) => {
      const file = typeof params.file === 'string' ? params.file : '';
      const message = file.endsWith('.xml')
        ? store.message(decodeURIComponent(file.slice(0, -4)))
        : undefined;
      if (!message)
        return json(404, { error: 'unknown-alert', message: `No CAP message ${file}.` });
      return conditionalResponse(request, {
        body: capXml(message),
        contentType: 'application/cap+xml; charset=utf-8',
        lastModified: message.sent,
        // A CAP message never changes; an update is a new message.
        cacheControl: 'max-age=86400, immutable',
      });
    }),
    http.post(context.route(DEMO_ENDPOINTS.alertsRaise), async ({ request }) => {
      try {
        let body: unknown;
        try {
          body = (await request.json()) as unknown;
        } catch {
          throw new RaiseError(400, 'The body is not valid JSON.');
        }
        const message = store.raise(parseRaiseRequest(body));
        return json(201, {
          identifier: message.identifier,
          msgType: message.msgType,
          url: capPath(message.identifier),
        });
      } catch (error) {
        if (error instanceof RaiseError)
          return json(error.status, { error: 'bad-request', message: error.message });
        throw error;
      }
    }),
  ];
}
