/**
 * The core-js polyfills of the legacy build (Chromium 53–104: every TV from 2017
 * to 2022), listed instead of usage-detected.
 *
 * Usage detection cannot tell what a method is called on, so it took every
 * `.filter()`, `.map()` and `.union` option name for iterator helpers and the
 * new Set methods, and every JSON.parse for source-text access: 101 modules,
 * 142 kB, and about 840 ms of a 2019 TV's cold start before Hearth's first line
 * (docs/engines.md, measure 14b). Worse, its JSON.parse replaces the engine's
 * own with a parser written in JavaScript.
 *
 * This list is what usage detection found (`DEBUG=vite:legacy npx vite build`
 * prints it, for each build) less every feature Chromium 105 lacks too: the
 * modern build runs on Chromium 105 with none of them but the one it is given
 * (`es.promise.with-resolvers`, for the demo's msw), so nothing in Hearth or its
 * dependencies needs them. What is left is what Chromium 105 has and 53 lacks. Hearth's own code is held to ES2022 (tsconfig.json's lib),
 * and eslint-plugin-compat fails on a built-in the oldest engine lacks unless it
 * is named in its `polyfills` setting, which names modules of this list. The
 * engine matrix (tests/engines) walks every area on Chromium 64, 70 and 79 and
 * WPE WebKit 2.38 and fails on any error in the console.
 *
 * To refresh after a dependency changes: build with DEBUG=vite:legacy and
 * `polyfills: true`, and keep each printed module whose core-js-compat entry
 * (node_modules/core-js-compat/data.json) says Chromium 105 or older.
 */
const EVERY_BUILD = [
  // Language
  'es.symbol.description',
  'es.symbol.async-iterator',
  'es.error.cause',
  'es.global-this',
  'es.reflect.to-string-tag',
  'es.promise',
  'es.promise.finally',
  // Objects
  'es.object.entries',
  'es.object.values',
  'es.object.from-entries',
  'es.object.get-own-property-descriptors',
  // Arrays
  'es.array.iterator',
  'es.array.at',
  'es.array.flat',
  'es.array.flat-map',
  'es.array.unscopables.flat',
  'es.array.unscopables.flat-map',
  'es.array.reduce',
  'es.array.sort',
  'es.array.unshift',
  // Strings and regular expressions
  'es.string.iterator',
  'es.string.from-code-point',
  'es.string.at-alternative',
  'es.string.pad-start',
  'es.string.pad-end',
  'es.string.trim',
  'es.string.trim-start',
  'es.string.replace',
  'es.string.split',
  'es.regexp.constructor',
  'es.regexp.dot-all',
  'es.regexp.exec',
  // Typed arrays (the guide's and the channel list's bytes)
  'es.typed-array.int8-array',
  'es.typed-array.uint8-array',
  'es.typed-array.uint8-clamped-array',
  'es.typed-array.uint16-array',
  'es.typed-array.int32-array',
  'es.typed-array.uint32-array',
  'es.typed-array.float32-array',
  'es.typed-array.from',
  'es.typed-array.at',
  'es.typed-array.fill',
  'es.typed-array.find-last',
  'es.typed-array.find-last-index',
  'es.typed-array.set',
  'es.typed-array.sort',
  // The web platform
  'web.self',
  'web.queue-microtask',
  'web.url',
  'web.url.to-json',
  'web.url-search-params',
  'web.dom-collections.for-each',
  'web.dom-collections.iterator',
];

/** What the demo backend (msw and its WebSocket interceptor) uses besides. */
const DEMO_BUILD = ['es.promise.all-settled', 'es.aggregate-error', 'es.promise.with-resolvers'];

export function legacyPolyfills({ demo }: { demo: boolean }): string[] {
  return demo ? [...EVERY_BUILD, ...DEMO_BUILD] : EVERY_BUILD;
}
