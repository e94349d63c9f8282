// CSS inside Lit's css`` templates, checked against the engines' browserslist
// (package.json): a feature an old TV lacks fails the lint.
//
// Ignored, each for a reason:
// - flexbox-gap: every flex gap carries a margin fallback for engines before
//   Chromium 84, which tests/unit/ui/flex-gap-fallbacks.test.ts checks instead;
// - css-snappoints, css-content-visibility: enhancements an old engine simply
//   skips (scrolling still works, rendering is only less lazy);
// - css-variables: Chromium 49+; flagged only for browsers no TV runs.
export default {
  customSyntax: 'postcss-lit',
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    // What the browser data above does not list but the matrix found breaking:
    // `inset` is Chromium 87 (hearth-app's box vanished on Chromium 70–79).
    'property-disallowed-list': [
      ['inset', 'inset-block', 'inset-inline', 'aspect-ratio'],
      {
        message: (p) => `"${p}" is Chromium 87–88+: write top/right/bottom/left, or a padding box`,
      },
    ],
    'plugin/no-unsupported-browser-features': [
      true,
      {
        severity: 'error',
        ignorePartialSupport: true,
        ignore: ['flexbox-gap', 'css-snappoints', 'css-content-visibility', 'css-variables'],
      },
    ],
  },
};
