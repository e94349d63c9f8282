/**
 * DOM methods Lit and Hearth call that TV engines older than them lack, added
 * before anything renders. Only what the engine matrix (tests/engines) found
 * missing and core-js does not cover (it polyfills the language, not the DOM):
 *
 * - AbortController (Chromium 66) comes with the legacy build's polyfills
 *   (`additionalLegacyPolyfills` in vite.config.ts): modern engines have it.
 * - A constructible EventTarget (see event-target-shim.ts).
 * - Element.toggleAttribute: Chromium 69; Lit's `?attr=${…}` bindings call it.
 *   Same contract as the standard one: with `force`, set or remove; without,
 *   flip; returns whether the attribute is there afterwards.
 *
 * And what cannot be polyfilled but can be detected: flex `gap` (Chromium 84;
 * `@supports (gap: 1px)` says yes wherever grid gap works, so it cannot tell).
 * Where it is missing, <html data-no-flex-gap> switches on the margin fallbacks
 * that every flex container with a gap carries (`:host-context([data-no-flex-gap])`;
 * tests/unit/ui/flex-gap-fallbacks.test.ts checks that none is missing).
 */
import { installEventTargetShim } from '../data/event-target-shim.js';

installEventTargetShim(self);

if (typeof Element !== 'undefined' && !('toggleAttribute' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'toggleAttribute', {
    configurable: true,
    writable: true,
    value: function toggleAttribute(this: Element, name: string, force?: boolean): boolean {
      const present = this.hasAttribute(name);
      const wanted = force === undefined ? !present : force;
      if (wanted && !present) this.setAttribute(name, '');
      else if (!wanted && present) this.removeAttribute(name);
      return wanted;
    },
  });
}

/** Two 0-height items in a column with a 1px gap: 1px tall only where flex gap works. */
function hasFlexGap(): boolean {
  const probe = document.createElement('div');
  probe.style.cssText = 'display:flex;flex-direction:column;row-gap:1px;position:absolute';
  probe.appendChild(document.createElement('div'));
  probe.appendChild(document.createElement('div'));
  document.documentElement.appendChild(probe);
  const works = probe.scrollHeight === 1;
  document.documentElement.removeChild(probe);
  return works;
}

if (typeof document !== 'undefined' && !hasFlexGap()) {
  document.documentElement.setAttribute('data-no-flex-gap', '');
}

export {};
