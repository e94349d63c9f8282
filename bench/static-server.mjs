// A static file server for the built sites (dist-demo/, dist-lab/), on loopback only
// and on a port the OS picks, so parallel runs on a shared machine never collide.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.xml': 'application/xml',
  '.m3u': 'audio/x-mpegurl',
};

/**
 * Serve `root` on 127.0.0.1, plus `extra` paths: { path: html } for a page, or
 * { path: { body, type } } for other text, or { path: { file, type } } for a file from
 * anywhere on disk (the bench's generated guide). With `isolated`, pages are cross-origin isolated
 * (COOP + COEP), which gives performance.now() 5 µs resolution instead of 100 µs:
 * a fast focus move is well under a millisecond. `headScript` is put first in every
 * page's <head> (the engine matrix's error recorder for engines without a console
 * protocol). `offline(true)` makes every request fail at the connection, as an unplugged
 * network does, until `offline(false)`.
 * @returns {Promise<{ url: string, close: () => Promise<void>, offline: (on: boolean) => void }>}
 */
export async function serveStatic(root, { isolated = false, extra = {}, headScript = '' } = {}) {
  const base = resolve(root);
  let unplugged = false;
  const server = createServer(async (req, res) => {
    if (unplugged) {
      req.socket.destroy();
      return;
    }
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      const added = Object.hasOwn(extra, path) ? extra[path] : undefined;
      if (typeof added === 'string' || typeof added?.body === 'string') {
        const body = typeof added === 'string' ? added : added.body;
        res.writeHead(200, {
          'Content-Type': added.type ?? TYPES['.html'],
          'Cache-Control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      let file = added?.file ?? normalize(join(base, path));
      if (!added && file !== base && !file.startsWith(base + sep))
        throw Object.assign(new Error(), { code: 'ENOENT' });
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const headers = {
        'Content-Type': added?.type ?? TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        // Cold starts must fetch everything; a new browser context alone already ensures that.
        'Cache-Control': 'no-store',
      };
      if (isolated) {
        headers['Cross-Origin-Opener-Policy'] = 'same-origin';
        headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      }
      if (headScript && extname(file) === '.html') {
        const page = Buffer.from(
          (await readFile(file, 'utf8')).replace(/<head>/i, `<head><script>${headScript}</script>`),
        );
        headers['Content-Length'] = page.length;
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : page);
        return;
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      // A file can vanish between stat and open (a test removing its copy of the
      // site while a worker still fetches): end that answer, do not throw in the
      // test process, where it failed whichever test ran next.
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch (error) {
      res.writeHead(error?.code === 'ENOENT' || error?.code === 'ENOTDIR' ? 404 : 500);
      res.end();
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    offline: (on) => {
      unplugged = on;
      if (on) server.closeAllConnections();
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
