// The Home Assistant the My Home measures talk to: the tests' real WebSocket server
// (tests/support/ha-server.ts, over the demo's own protocol session and state machine)
// on 127.0.0.1, bundled by scripts/import-typescript.mjs. It runs in the bench's
// own process: what it sends is timed with the same clock as the page's Date.now().
//
// `generateHomeStates` makes a large home: `count` entities over `rooms` rooms, the rooms
// made by tests/support/fixture-home.ts's rule (friendly names beginning with the room's).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importTypeScript } from '../scripts/import-typescript.mjs';

const ROOT = resolve(import.meta.dirname, '..');
export const HUB_TOKEN = 'bench-long-lived-token';

let loaded = null;

/** tests/support/ha-server.ts and fixture-home.ts as one ES module, bundled once per process. */
async function hubModule() {
  loaded ??= importTypeScript(join(ROOT, 'bench', 'home-hub-entry.ts'));
  return loaded;
}

/**
 * A hub on 127.0.0.1 with HUB_TOKEN: the demo flat (`states` left out) or `states` in
 * `rooms` ({ name, prefixes }). Returns ha-server.ts's HomeAssistantServer.
 */
export async function startHub({ states, rooms } = {}) {
  const { startHomeAssistantServer } = await hubModule();
  return startHomeAssistantServer({ host: '127.0.0.1', token: HUB_TOKEN, states, rooms });
}

/**
 * The portal's config for `hubUrl`, as JSON text: the operator's name and accent, the
 * areas in `features` (Live TV with the demo's channels when 'watch' is among them).
 */
export function hubConfig(hubUrl, features) {
  return JSON.stringify({
    operator: { name: 'Hearth bench', theme: { accent: '#e8a33d' } },
    features,
    sources: { home: { url: hubUrl, token: HUB_TOKEN } },
  });
}

/**
 * Serve `config` (JSON text) at `path` to every page of `context`, as the e2e tests do: the
 * config is read on a first visit, before the portal's service worker controls the page.
 */
export async function routeConfig(context, path, config) {
  await context.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body: config, contentType: 'application/json; charset=utf-8' }),
  );
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * `count` states over `roomCount` rooms, room by room (a room's entities are together in
 * the registry, as an install's are): per room about 40 % lights, 40 % sensors
 * (temperature, humidity, power, illuminance), 10 % switches, 10 % door and motion sensors.
 * No hazard sensors, so the updates never raise an alarm.
 * @returns {{ states: object[], rooms: { name: string, prefixes: string[] }[],
 *   sensors: string[] }} sensors: the numeric sensors, in registry order.
 */
export function generateHomeStates(count = 1000, roomCount = 20) {
  const rooms = Array.from({ length: roomCount }, (_, i) => ({
    name: `Room ${pad(i + 1)}`,
    prefixes: [`Room ${pad(i + 1)}`],
  }));
  const states = [];
  const sensors = [];
  const sensorKinds = [
    { cls: 'temperature', unit: '°C', value: (i) => (18 + (i % 80) / 10).toFixed(1) },
    { cls: 'humidity', unit: '%', value: (i) => String(35 + (i % 30)) },
    { cls: 'power', unit: 'W', value: (i) => String(5 + ((i * 7) % 400)) },
    { cls: 'illuminance', unit: 'lx', value: (i) => String(50 + ((i * 13) % 900)) },
  ];
  for (let i = 0; i < count; i++) {
    const room = rooms[Math.floor((i * roomCount) / count)];
    const slot = i % 10;
    const n = pad(i % 100);
    const base = `room_${room.name.slice(5)}`;
    if (slot < 4) {
      const on = i % 3 === 0;
      states.push({
        entity_id: `light.${base}_light_${n}`,
        state: on ? 'on' : 'off',
        attributes: {
          friendly_name: `${room.name} light ${n}`,
          supported_color_modes: ['brightness'],
          ...(on ? { brightness: 40 + ((i * 11) % 215), color_mode: 'brightness' } : {}),
        },
      });
    } else if (slot < 8) {
      const kind = sensorKinds[i % sensorKinds.length];
      const entity_id = `sensor.${base}_${kind.cls}_${n}`;
      sensors.push(entity_id);
      states.push({
        entity_id,
        state: kind.value(i),
        attributes: {
          friendly_name: `${room.name} ${kind.cls} ${n}`,
          device_class: kind.cls,
          unit_of_measurement: kind.unit,
          state_class: 'measurement',
        },
      });
    } else if (slot === 8) {
      states.push({
        entity_id: `switch.${base}_plug_${n}`,
        state: i % 2 ? 'on' : 'off',
        attributes: { friendly_name: `${room.name} plug ${n}`, device_class: 'outlet' },
      });
    } else {
      const cls = i % 20 === 9 ? 'door' : 'motion';
      states.push({
        entity_id: `binary_sensor.${base}_${cls}_${n}`,
        state: 'off',
        attributes: { friendly_name: `${room.name} ${cls} ${n}`, device_class: cls },
      });
    }
  }
  return { states, rooms, sensors };
}

/**
 * `node bench/<measure>.mjs`: one measure on a private copy of dist-demo/ as it stands (no
 * build), its result as JSON on stdout, progress on stderr. HEARTH_BENCH_DIST=<dir> measures
 * another demo build instead (one made with `vite build --mode demo --outDir <dir>`), so
 * work in progress can be measured without touching the shared dist-demo/.
 */
export async function runStandalone(measure) {
  const [{ cpSync, existsSync }, { launchChromium, outsideRequests }, { serveStatic }] =
    await Promise.all([import('node:fs'), import('./chromium.mjs'), import('./static-server.mjs')]);
  const source = resolve(ROOT, process.env.HEARTH_BENCH_DIST || 'dist-demo');
  if (!existsSync(join(source, 'index.html'))) throw new Error(`${source} is not built`);
  const copy = mkdtempSync(join(tmpdir(), 'hearth-home-bench-'));
  cpSync(source, copy, { recursive: true, filter: (src) => !src.endsWith('.map') });
  const log = (line) => process.stderr.write(`${line}\n`);
  const server = await serveStatic(copy);
  const browser = await launchChromium();
  try {
    const result = await measure(browser, server.url, { log });
    result.outsideRequests = outsideRequests(browser);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
