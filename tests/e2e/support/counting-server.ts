/**
 * A real local HTTP server that stores submissions by Idempotency-Key and
 * counts them, for the outbox's exactly-once tests. It can be stopped and
 * started again on the same port, answer 500 at first, hang, or drop the
 * connection after it has saved (the answer is lost, the data is not).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingServer {
  url: string;
  /** Submissions stored, one per Idempotency-Key. */
  stored: Map<string, unknown>;
  /** Every POST that reached the server, duplicates included. */
  requests: number;
  /** Answer 500 to this many POSTs first. */
  failFirst: number;
  /** Answer 503 with Retry-After: 5 to this many POSTs first (a gateway down for a while). */
  unavailableFirst: number;
  /** Save, then drop the connection without answering, for this many POSTs. */
  dropAfterSave: number;
  /** Refuse this many POSTs for good (422). */
  refuse: number;
  /** Never answer this many POSTs, nor save them: a try still under way when its sender dies. */
  hangFirst: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startCountingServer(): Promise<CountingServer> {
  let server: Server | null = null;
  let port = 0;
  const state: CountingServer = {
    url: '',
    stored: new Map(),
    requests: 0,
    failFirst: 0,
    unavailableFirst: 0,
    dropAfterSave: 0,
    refuse: 0,
    hangFirst: 0,
    stop: async () => {
      const s = server;
      server = null;
      if (!s) return;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    start: async () => {
      server = createServer((req, res) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
        res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
        res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Date');
        if (req.method === 'OPTIONS') {
          res.writeHead(204).end();
          return;
        }
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          state.requests++;
          const key = req.headers['idempotency-key'];
          if (typeof key !== 'string' || !key) {
            res.writeHead(400).end('Idempotency-Key required');
            return;
          }
          if (state.hangFirst > 0) {
            state.hangFirst--;
            return;
          }
          if (state.refuse > 0) {
            state.refuse--;
            res.writeHead(422, { 'Content-Type': 'application/json' }).end('{"error":"invalid"}');
            return;
          }
          if (state.unavailableFirst > 0) {
            state.unavailableFirst--;
            res.writeHead(503, { 'Retry-After': '5' }).end('down for maintenance');
            return;
          }
          if (state.failFirst > 0) {
            state.failFirst--;
            res.writeHead(500).end('try again');
            return;
          }
          const repeat = state.stored.has(key);
          if (!repeat) state.stored.set(key, JSON.parse(body) as unknown);
          if (state.dropAfterSave > 0) {
            state.dropAfterSave--;
            req.socket.destroy();
            return;
          }
          res.writeHead(repeat ? 200 : 201, { 'Content-Type': 'application/json' });
          // Gateways name the stage in their own word; "accepted" is a common one.
          res.end(JSON.stringify({ receipt: key.slice(0, 8), status: 'accepted' }));
        });
      });
      await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', () => resolve()));
      port = (server.address() as AddressInfo).port;
      state.url = `http://127.0.0.1:${port}/submit`;
    },
  };
  await state.start();
  return state;
}
