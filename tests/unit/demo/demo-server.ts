/**
 * Runs the demo backend's handlers under msw/node for a test file. Node has no
 * `location`, so the handlers are made absolute on a loopback origin; any
 * request no handler answers is an error, never a real network call.
 */
import { Window } from 'happy-dom';
import { setupServer } from 'msw/node';
import { createDemoBackend, type DemoBackend, type DemoBackendOptions } from '@src/demo/handlers';

export const ORIGIN = 'http://127.0.0.1:4173';

export const url = (path: string): string => new URL(path, ORIGIN).href;

export interface DemoServer {
  /** Replaces the backend with a fresh one (fresh state) and returns it. */
  reset(options?: DemoBackendOptions): DemoBackend;
  close(): void;
}

export function startDemoServer(options: DemoBackendOptions = {}): DemoServer {
  const server = setupServer(...createDemoBackend({ origin: ORIGIN, ...options }).handlers);
  server.listen({ onUnhandledFrame: 'error' });
  return {
    reset(next = options) {
      const backend = createDemoBackend({ origin: ORIGIN, ...next });
      server.resetHandlers(...backend.handlers);
      return backend;
    },
    close: () => server.close(),
  };
}

const xmlWindow = new Window();

/** Parses XML with happy-dom; throws on what its parser reports as not well-formed. */
export function parseXml(text: string): Document {
  const document = new xmlWindow.DOMParser().parseFromString(
    text,
    'application/xml',
  ) as unknown as Document;
  if (document.getElementsByTagName('parsererror').length > 0) {
    throw new Error(`not well-formed XML: ${text.slice(0, 200)}`);
  }
  return document;
}

/** A fixed instant in the demo household's zone: Tuesday 24 November 2026, 09:10 in Beijing. */
export const TUESDAY_MORNING = Date.parse('2026-11-24T09:10:00+08:00');
