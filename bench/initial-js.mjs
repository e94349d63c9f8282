// Measure 4: the JavaScript a modern browser must fetch before any feature chunk —
// every script index.html loads (the entry, the modern polyfills chunk, any classic
// script such as a service-worker registration), the modulepreload links, and everything
// those files import statically — as gzip -9 bytes. The build's manifest is not enabled,
// so the static import graph is read from the built files themselves.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Preceded by whitespace, so `src` does not match inside `data-src`.
const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];

/**
 * Scripts with a src that a modern browser runs (module or classic, not `nomodule`:
 * those are the legacy build's) and modulepreload links: what index.html loads up front.
 */
function entriesOf(html) {
  const out = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (attr(tag, 'src') && !/\snomodule\b/.test(tag)) out.push(attr(tag, 'src'));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href')) out.push(attr(tag, 'href'));
  }
  return out;
}

/**
 * Static imports of a built ES module: `import … from "x"`, `import "x"`,
 * `export … from "x"`. `import("x")` is a lazy chunk and does not count.
 */
export function staticImports(code) {
  const specifiers = [];
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) {
    const before = code.slice(Math.max(0, match.index - 1), match.index);
    if (before === '.') continue; // a property named import/export, not a statement
    specifiers.push(match[2]);
  }
  return specifiers;
}

export function measureInitialJs(distDir) {
  const root = resolve(distDir);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const toFile = (url, from) =>
    url.startsWith('/') ? join(root, url) : resolve(from ? dirname(from) : root, url);
  const seen = new Map();
  const queue = entriesOf(html).map((url) => toFile(url));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = readFileSync(file);
    seen.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const spec of staticImports(code.toString('utf8'))) {
      // Only files of this build; bare or data: specifiers cannot be in a built chunk.
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(toFile(spec, file));
    }
  }
  const files = [...seen].map(([file, size]) => ({ file: relative(root, file), ...size }));
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}
