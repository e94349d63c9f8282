/**
 * A Content-Security-Policy for the built portal, as a <meta> in index.html (so
 * it holds whatever server the operator puts it on; docs/security.md gives the
 * header version, which can add frame-ancestors and reporting). Scripts only
 * from the portal's origin, plus the inline loaders plugin-legacy writes, by
 * hash; no data: scripts (vite-plugin-modern-probe.ts); no eval (Lightning
 * runs without it: eval-free-lightning.ts); no plugins; no <base>; forms post nowhere. Data, pictures,
 * streams and video rooms come from the operator's servers, which are known
 * only when config.json is read, so those directives name schemes, not hosts.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map(
    (body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes].join(' '),
    // Styles stay inline: Lit writes <style> into each shadow root on engines
    // without constructable stylesheets (Chromium < 73), and the boot screen's.
    "style-src 'self' 'unsafe-inline'",
    'img-src * data: blob:',
    'media-src * data: blob:',
    // ws: and wss: by name: old engines do not read them into '*'.
    'connect-src * ws: wss: data: blob:',
    "frame-src 'self' https:",
    "worker-src 'self' blob:",
    "font-src 'self' data:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function cspPlugin(): Plugin {
  return {
    name: 'hearth:csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      // After plugin-legacy has written its inline loaders.
      order: 'post',
      handler(html) {
        const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inline)}" />`;
        // First in <head>: a policy covers only what comes after it, and Vite puts
        // the polyfills' <script> at the very top.
        return html.replace(/<head>/, (head) => `${head}\n    ${meta}`);
      },
    },
  };
}
