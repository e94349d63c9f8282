/**
 * The launcher icons each store asks for, drawn from the operator's one square
 * icon (operator.icon: SVG, or PNG wrapped in an SVG) by resvg, a renderer in
 * WebAssembly: no native build, no browser, the same pixels on every machine.
 * Text in an SVG icon is not drawn (resvg here has no fonts): outline it first.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

let ready = null;

function loadRenderer() {
  const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  ready ??= readFile(wasm).then((bytes) => initWasm(bytes));
  return ready;
}

/**
 * @param {string} iconPath the operator's icon, .svg or .png
 * @param {readonly number[]} sizes square sizes in pixels
 * @returns {Promise<Map<number, Uint8Array>>} a PNG per size
 */
export async function renderIcons(iconPath, sizes) {
  await loadRenderer();
  const bytes = await readFile(iconPath);
  const svg = extname(iconPath).toLowerCase() === '.png' ? wrapPng(bytes) : bytes.toString('utf8');
  const pngs = new Map();
  for (const size of sizes) {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: size },
      background: 'rgba(0,0,0,0)',
    });
    const image = resvg.render();
    if (image.width !== size || image.height !== size) {
      throw new Error(
        `${iconPath} is not square (drawn ${image.width}×${image.height} for ${size})`,
      );
    }
    pngs.set(size, image.asPng());
    image.free();
    resvg.free();
  }
  return pngs;
}

/** A PNG inside an SVG of its own size, so resvg scales it like any other icon. */
function wrapPng(bytes) {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const data = `data:image/png;base64,${bytes.toString('base64')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><image href="${data}" width="${width}" height="${height}"/></svg>`;
}

/**
 * The drawn icon of `size`; a size nobody asked renderIcons for is a packager bug.
 * @param {Map<number, Uint8Array>} icons
 * @param {number} size
 */
export function iconOf(icons, size) {
  const png = icons.get(size);
  if (!png) throw new Error(`no ${size}px icon was drawn`);
  return png;
}
