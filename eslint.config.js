// Lint rules: TypeScript strict rules, Lit template rules and web-component rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import compat from 'eslint-plugin-compat';
import globals from 'globals';

/**
 * The layers and what each may import (docs/architecture.md). Types may cross a
 * boundary (they are gone at run time); values may not.
 */
const FEATURES = ['watch', 'home', 'health', 'services', 'community', 'alerts', 'settings'];
const layer = (files, groups, message, ignores = []) => ({
  files,
  ignores,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [{ group: groups, message, allowTypeImports: true }] },
    ],
  },
});
const boundaries = [
  layer(
    ['src/data/**/*.ts'],
    ['**/ui/**', '**/features/**', '**/app/**', '**/demo/**'],
    'data is below the screens: it imports no ui, feature, shell or demo code.',
  ),
  layer(
    ['src/focus/**/*.ts'],
    ['**/app/**', '**/features/**', '**/data/**', '**/ui/**', '**/config/**', '**/demo/**'],
    'the focus engine knows nothing of the app.',
  ),
  layer(
    ['src/ui/**/*.ts'],
    ['**/data/**', '**/features/**', '**/app/**', '**/demo/**'],
    'ui components get their data from the area that uses them (a property), not from a store.',
  ),
  layer(
    ['src/sw/**/*.ts'],
    ['**/ui/**', '**/features/**', '**/app/**'],
    'the service worker has no screens.',
  ),
  layer(
    ['src/lightning-app/**/*.ts'],
    [
      ...FEATURES.filter((feature) => feature !== 'watch').map(
        (other) => `../features/${other}/**`,
      ),
      '**/ui/**',
      '**/demo/**',
    ],
    'the Lightning app is live TV alone: the watch area, data and the platform layer; no other area, no DOM ui, no demo code.',
  ),
  ...FEATURES.map((feature) =>
    layer(
      [`src/features/${feature}/**/*.ts`],
      [
        ...FEATURES.filter((other) => other !== feature).flatMap((other) => [
          `../${other}/**`,
          `../../${other}/**`,
        ]),
        '**/demo/**',
      ],
      'an area imports no other area (shared parts live in ui/ or data/) and no demo code (demo-*.ts files, loaded behind __HEARTH_DEMO__, may).',
      ['src/features/**/demo-*.ts'],
    ),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.tools',
      'dist',
      'dist-*',
      'test-results',
      'playwright-report',
      'public/demo/hls',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  // Web APIs against the engines' browserslist (package.json): a call an old TV
  // lacks fails the lint unless it is polyfilled (settings.polyfills) or guarded.
  {
    files: ['src/**/*.ts'],
    ...compat.configs['flat/recommended'],
    settings: {
      // In the legacy build's core-js polyfills (usage-detected), and in the workers'
      // own polyfill modules (src/sw/engine-polyfills.ts, src/data/worker-polyfills.ts).
      // AbortController/AbortSignal (Chromium 66): abortcontroller-polyfill, in the
      // legacy build's polyfills (vite.config.ts) and in both worker polyfill modules.
      polyfills: ['Object.fromEntries', 'queueMicrotask', 'AbortController', 'AbortSignal'],
    },
  },
  {
    // DOM methods eslint-plugin-compat cannot see (it does not know the receiver's
    // type). Each broke an engine in the matrix (tests/engines).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          property: 'toggleAttribute',
          message:
            'Chromium 69+: set or remove the attribute (Lit ?attr= bindings are covered by src/app/dom-polyfills.ts).',
        },
        { property: 'replaceChildren', message: 'Chromium 86+: remove and append the children.' },
        {
          property: 'replaceAll',
          message: 'Chromium 85+ (not in the workers): use a global RegExp.',
        },
        {
          property: 'databases',
          object: 'indexedDB',
          message: 'Chromium 71+: guard it, with a by-name fallback.',
        },
      ],
    },
  },
  ...boundaries,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
);
