/**
 * The servers an operator points the production build at, on loopback, for the engine
 * matrix's production walk: no service-worker backend, every area's data fetched
 * across origins as on a real deployment.
 *
 * - One HTTP origin answers the playlist, guide, FHIR, service catalogue and CAP feed
 *   with the demo backend's own handlers (src/demo/handlers.ts, through msw's
 *   `getResponse`, so the data and its rules are the demo's and nothing is written
 *   twice), and the demo's HLS stream, channel logos and mobile page from public/demo.
 *   CORS is open, as an operator's API gateway opens it to the portal's origin.
 * - Home Assistant is the tests' real WebSocket server (tests/support/ha-server.ts)
 *   serving the demo flat; `raiseSmoke()` sets its kitchen smoke sensor, as a real
 *   alarm would reach the TV.
 *
 * `config` is the portal's config.json naming them all (the demo build's own defaults,
 * each area's src/features/<id>/demo-source.ts, made absolute on these origins).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { getResponse } from 'msw';
import { withDemoSources } from '@src/app/demo-sources';
import type { HearthConfig } from '@src/config/types';
import { DEMO_HOME_ASSISTANT_TOKEN } from '@src/demo/endpoints';
import { createDemoBackend } from '@src/demo/handlers';
import { HAZARD_SENSOR } from '@src/demo/home-assistant/demo-triggers';
import { startHomeAssistantServer } from '../support/ha-server';

export interface OperatorServers {
  /** config.json for the production build, as JSON text. */
  readonly config: string;
  /** The data origin (playlist, guide, FHIR, catalogue, CAP, stream). */
  readonly url: string;
  /** Home Assistant's kitchen smoke sensor goes off. */
  raiseSmoke(): void;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Accept, If-None-Match, If-Modified-Since, Idempotency-Key',
  'Access-Control-Expose-Headers': 'ETag, Location, Retry-After',
  'Access-Control-Max-Age': '600',
};

const FILE_TYPES: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.mp4': 'video/mp4',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
};

async function bodyOf(req: IncomingMessage): Promise<string | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  // The portal sends JSON and form text only.
  return Buffer.concat(chunks).toString('utf8');
}

/** A file under `root`'s demo/ folder, or false when there is none. */
async function sendFile(root: string, path: string, res: ServerResponse): Promise<boolean> {
  if (!path.startsWith('/demo/')) return false;
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return false;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    ...CORS,
    'Content-Type': FILE_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  createReadStream(file).pipe(res);
  return true;
}

export interface OperatorServerOptions {
  /**
   * Called before each data request is answered; the answer waits for the promise
   * it returns (a slow operator: the guide arriving after the first zap).
   */
  beforeAnswer?: (url: URL) => Promise<void> | undefined;
}

/** Starts both servers; `publicDir` is the repo's public/ (the demo's stream and logos). */
export async function startOperatorServers(
  publicDir: string,
  { beforeAnswer }: OperatorServerOptions = {},
): Promise<OperatorServers> {
  const hub = await startHomeAssistantServer({
    host: '127.0.0.1',
    token: DEMO_HOME_ASSISTANT_TOKEN,
  });
  let handlers: ReturnType<typeof createDemoBackend>['handlers'] = [];
  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, CORS);
          res.end();
          return;
        }
        const url = new URL(req.url ?? '/', origin);
        await beforeAnswer?.(url);
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === 'string') headers.set(name, value);
        const body = await bodyOf(req);
        const request = new Request(url, { method: req.method, headers, body });
        const answer = await getResponse(handlers, request);
        if (answer) {
          const out: Record<string, string> = { ...CORS };
          answer.headers.forEach((value, name) => (out[name] = value));
          res.writeHead(answer.status, out);
          res.end(Buffer.from(await answer.arrayBuffer()));
          return;
        }
        if (await sendFile(publicDir, url.pathname, res)) return;
        res.writeHead(404, CORS);
        res.end();
      } catch (error) {
        console.error('[operator-servers]', error);
        if (!res.headersSent) res.writeHead(500, CORS);
        res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handlers = createDemoBackend({ origin }).handlers;

  const operator: HearthConfig = {
    operator: { name: 'Hearth', theme: { accent: '#e8a33d' } },
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    location: { regionCode: '110105', lat: 39.93, lon: 116.45 },
    features: ['watch', 'home', 'health', 'services', 'community', 'alerts', 'settings'],
    startInLiveTv: false,
    sources: {},
  };
  const config = withDemoSources(operator, origin);
  if (config.sources.home) config.sources.home = { ...config.sources.home, url: hub.url };

  return {
    config: JSON.stringify(config, null, 2),
    url: origin,
    raiseSmoke: () => hub.setState(HAZARD_SENSOR.smoke, 'on'),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.dispose();
    },
  };
}
