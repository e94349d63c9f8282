// Lint rules: TypeScript strict rules, Lit template rules and web-component rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import compat from 'eslint-plugin-compat';
import globals from 'globals';

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
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
);
