/**
 * What the service workers use that TV engines older than their code lack, loaded
 * first (an IIFE bundle runs its imports in order). Chosen by es-check against the
 * oldest engine the matrix runs (`npm run check:es` checks the built workers): the
 * engines' own lists are in docs/engines.md.
 *
 * - globalThis: Chromium 71 (msw reads it while its modules load);
 * - Promise.allSettled: Chromium 76; Promise.withResolvers: Chromium 119, WebKit 17.4;
 * - URL.canParse: Chromium 120, WebKit 17;
 * - Array flat/flatMap: Chromium 69; Object.fromEntries, String matchAll:
 *   Chromium 73; AggregateError: Chromium 85;
 * - queueMicrotask: Chromium 71 (Workbox and msw schedule with it).
 * - a constructible EventTarget (msw's interceptors extend it; see
 *   data/event-target-shim.ts) and AbortController: Chromium 64 and 66.
 */
import 'core-js/actual/global-this.js';
import 'core-js/actual/promise/all-settled.js';
import 'core-js/actual/promise/with-resolvers.js';
import 'core-js/actual/url/can-parse.js';
import 'core-js/actual/array/flat.js';
import 'core-js/actual/array/flat-map.js';
import 'core-js/actual/object/from-entries.js';
import 'core-js/actual/string/match-all.js';
import 'core-js/actual/aggregate-error.js';
import 'core-js/actual/queue-microtask.js';
import 'abortcontroller-polyfill/dist/polyfill-patch-fetch.js';
import { installEventTargetShim } from '../data/event-target-shim.js';

installEventTargetShim(self);
