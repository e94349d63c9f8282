/**
 * What the guide and channel-list workers use that TV engines older than their
 * code lack, loaded first in each worker. Workers are one file for every engine
 * (vite.config.ts lowers their syntax for the oldest one); the APIs below come
 * from core-js, chosen by es-check against that engine (`npm run check:es`).
 *
 * - Array flatMap: Chromium 69; Object.fromEntries: Chromium 73.
 * - AbortController, and fetch honouring its signal: Chromium 66 (the guide
 *   worker abandons a superseded download with it); `abortcontroller-polyfill`
 *   installs itself only where missing.
 * - A constructible EventTarget: Chromium 64 (see event-target-shim.ts).
 * - String trimStart/trimEnd: Chromium 66 (the playlist parser); es-check lets
 *   every core-js-polyfillable feature through in workers, so the engine
 *   matrix's Chromium 64 found this one.
 */
import 'abortcontroller-polyfill/dist/polyfill-patch-fetch.js';
import 'core-js/actual/array/flat-map.js';
import 'core-js/actual/object/from-entries.js';
import 'core-js/actual/string/trim-start.js';
import 'core-js/actual/string/trim-end.js';
import { installEventTargetShim } from './event-target-shim.js';

installEventTargetShim(self);
