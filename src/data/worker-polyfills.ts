/**
 * What the guide and channel-list workers use that TV engines older than their
 * code lack, loaded first in each worker. Workers are one file for every engine
 * (vite.config.ts lowers their syntax for the oldest one); the APIs below come
 * from core-js, chosen by es-check against that engine (`npm run check:es`).
 *
 * - Array flatMap: Chromium 69; Object.fromEntries: Chromium 73.
 */
import 'core-js/actual/array/flat-map.js';
import 'core-js/actual/object/from-entries.js';
