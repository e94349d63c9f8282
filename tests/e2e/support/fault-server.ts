/**
 * A real local HTTP server that misbehaves on purpose, once per request, for the
 * outbox's fault matrix. A submission goes to `/submit/<fault>`; its first try
 * meets the fault, every later try is answered properly:
 * - `ok`: stored at once;
 * - `500`: answered 500;
 * - `503`: answered 503 with `Retry-After: 2`;
 * - `hang`: never answered (the connection stays open until the server stops);
 * - `drop`: stored, then the connection is dropped (the answer is lost).
 * Submissions are stored once per Idempotency-Key. An appointment at
 * `/Appointment/<id>` takes a version-checked PUT (If-Match, 412 on a stale
 * version); its first PUT is stored and the answer dropped.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'ok' | '500' | '503' | 'hang' | 'drop';

export interface FaultServer {
  origin: string;
  submitUrl(fault: Fault): string;
  appointmentUrl(id: string): string;
  /** Stored submissions, one per Idempotency-Key: key → body. */
  stored: Map<string, unknown>;
  /** Every try that reached the server, by path. */
  tries: Map<string, number>;
  /** The appointments as stored, with their version. */
  appointments: Map<string, { status: string; version: number }>;
  /** PUTs that changed an appointment. */
  appointmentWrites: number;
  stop(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  const hung: ServerResponse[] = [];
  const faultsMet = new Set<string>();
  const state: Omit<FaultServer, 'origin' | 'submitUrl' | 'appointmentUrl' | 'stop'> = {
    stored: new Map(),
    tries: new Map(),
    appointments: new Map(),
    appointmentWrites: 0,
  };
  /** The first try at `path` meets its fault; later ones do not. */
  const firstTry = (path: string) => {
    const first = !faultsMet.has(path);
    faultsMet.add(path);
    return first;
  };

  const onSubmit = (req: IncomingMessage, res: ServerResponse, fault: string, body: string) => {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !key)
      return void res.writeHead(400).end('Idempotency-Key required');
    if (firstTry(req.url ?? '')) {
      if (fault === '500') return void res.writeHead(500).end('try again');
      if (fault === '503') return void res.writeHead(503, { 'Retry-After': '2' }).end('busy');
      if (fault === 'hang') return void hung.push(res);
    }
    const repeat = state.stored.has(key);
    if (!repeat) state.stored.set(key, JSON.parse(body) as unknown);
    if (fault === 'drop' && !repeat) return void req.socket.destroy();
    res.writeHead(repeat ? 200 : 201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ receipt: key.slice(0, 8) }));
  };

  const onAppointment = (req: IncomingMessage, res: ServerResponse, id: string, body: string) => {
    const current = state.appointments.get(id);
    if (!current) return void res.writeHead(404).end();
    const json = { 'Content-Type': 'application/fhir+json', ETag: `W/"${current.version}"` };
    if (req.method === 'GET') {
      return void res
        .writeHead(200, json)
        .end(JSON.stringify({ resourceType: 'Appointment', id, status: current.status }));
    }
    if (req.headers['if-match'] !== `W/"${current.version}"`) {
      return void res.writeHead(412, json).end('{"resourceType":"OperationOutcome","issue":[]}');
    }
    const sent = JSON.parse(body) as { status: string };
    state.appointments.set(id, { status: sent.status, version: current.version + 1 });
    state.appointmentWrites++;
    if (firstTry(req.url ?? '')) return void req.socket.destroy();
    res.writeHead(200, json).end(JSON.stringify({ resourceType: 'Appointment', id, ...sent }));
  };

  const server: Server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'Content-Type, Idempotency-Key, If-Match, Authorization, Accept',
    );
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      state.tries.set(path, (state.tries.get(path) ?? 0) + 1);
      const [, kind, name] = path.split('/');
      if (kind === 'submit' && req.method === 'POST' && name) onSubmit(req, res, name, body);
      else if (kind === 'Appointment' && name) onAppointment(req, res, name, body);
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    origin,
    submitUrl: (fault: Fault) => `${origin}/submit/${fault}`,
    appointmentUrl: (id: string) => {
      state.appointments.set(id, { status: 'booked', version: 1 });
      return `${origin}/Appointment/${id}`;
    },
    stop: async () => {
      for (const res of hung) res.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
