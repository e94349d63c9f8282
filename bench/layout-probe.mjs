// Init script for the grid pages, run before any library loads. It times each key press
// from inside the page and, when asked (setCounting), counts layout reads.
//
// Timing: a capture keydown listener on window, registered here first, takes t0; every
// keydown listener the page adds later is wrapped so the moment it returns is recorded,
// and the move ends when the last of them returns. That covers each library's whole
// synchronous response to a real key press (search, focus(), its own focus/focusin
// handlers) and nothing of Playwright's or the renderer's, whatever phase or target the
// library listens on. Style, layout and paint of the new focus come later and are the
// same for all three; the portal measure (key-latency.mjs) covers them.

/** Reads the DESIGN budget counts: the classic layout-forcing geometry APIs. */
export const BUDGET_READS = [
  'getBoundingClientRect',
  'getClientRects',
  'offsetTop',
  'offsetLeft',
  'offsetWidth',
  'offsetHeight',
  'getComputedStyle',
];

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function layoutProbe() {
  const counts = Object.create(null);
  const presses = [];
  /** The press being handled, from its keydown to its keyup. */
  let current = null;
  let lastListenerEnd = 0;
  const bump = (name) => {
    counts[name] = (counts[name] ?? 0) + 1;
  };
  // Each patch can be put on and taken off: the timed walk runs on the browser's own
  // methods (a wrapper costs a little per call, and a library making 90,000 reads a move
  // would pay for it), and a separate, untimed walk counts the reads.
  const patches = [];
  const countMethod = (owner, name) => {
    const original = Object.getOwnPropertyDescriptor(owner, name);
    const method = original.value;
    patches.push({
      owner,
      name,
      original,
      counting: {
        ...original,
        value: function (...args) {
          bump(name);
          return method.apply(this, args);
        },
      },
    });
  };
  const countGetter = (owner, name) => {
    const original = Object.getOwnPropertyDescriptor(owner, name);
    if (!original?.get) return;
    const get = original.get;
    patches.push({
      owner,
      name,
      original,
      counting: {
        ...original,
        get() {
          bump(name);
          return get.call(this);
        },
      },
    });
  };
  countMethod(Element.prototype, 'getBoundingClientRect');
  countMethod(Element.prototype, 'getClientRects');
  for (const name of ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight']) {
    countGetter(HTMLElement.prototype, name);
  }
  countMethod(window, 'getComputedStyle');
  // Also layout-forcing, counted apart from the budget figure (reported in latest.json).
  for (const name of ['clientTop', 'clientLeft', 'clientWidth', 'clientHeight']) {
    countGetter(Element.prototype, name);
  }
  for (const name of ['scrollTop', 'scrollLeft', 'scrollWidth', 'scrollHeight']) {
    countGetter(Element.prototype, name);
  }
  countMethod(Document.prototype, 'elementFromPoint');
  const setCounting = (on) => {
    for (const patch of patches) {
      Object.defineProperty(patch.owner, patch.name, on ? patch.counting : patch.original);
    }
  };

  // When the library hands the move to the browser: t0 → here is its search alone.
  const nativeFocus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...args) {
    const first = current && current.tFocusCall === null;
    if (first) current.tFocusCall = performance.now();
    try {
      return nativeFocus.apply(this, args);
    } finally {
      // The browser's own part: style update, blur/focus events and their listeners.
      if (first) current.tFocusReturn = performance.now();
    }
  };

  const cell = (el) =>
    el && el.dataset && el.dataset.row !== undefined
      ? [Number(el.dataset.row), Number(el.dataset.col)]
      : null;

  const nativeAdd = EventTarget.prototype.addEventListener;
  const nativeRemove = EventTarget.prototype.removeEventListener;
  nativeAdd.call(
    window,
    'keydown',
    (event) => {
      const t0 = performance.now();
      current = {
        key: event.key,
        t0,
        tFocusCall: null,
        tFocusReturn: null,
        tFocus: null,
        reads0: { ...counts },
        from: cell(document.activeElement),
      };
      lastListenerEnd = t0;
      presses.push(current);
    },
    true,
  );
  nativeAdd.call(
    window,
    'focusin',
    () => {
      if (current && current.tFocus === null) current.tFocus = performance.now();
    },
    true,
  );
  nativeAdd.call(
    window,
    'keyup',
    () => {
      if (!current) return;
      current.t1 = lastListenerEnd;
      current.reads1 = { ...counts };
      current.to = cell(document.activeElement);
      current.lost = !current.to;
      current = null;
    },
    true,
  );

  // Wrap every keydown listener added from now on (the libraries'), to see when it returns.
  const wrappers = new WeakMap();
  const wrapperFor = (listener) => {
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = function (event) {
        try {
          return typeof listener === 'function'
            ? listener.call(this, event)
            : listener.handleEvent(event);
        } finally {
          lastListenerEnd = performance.now();
        }
      };
      wrappers.set(listener, wrapper);
    }
    return wrapper;
  };
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (type === 'keydown' && listener) listener = wrapperFor(listener);
    return nativeAdd.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (type === 'keydown' && listener && wrappers.has(listener)) listener = wrappers.get(listener);
    return nativeRemove.call(this, type, listener, options);
  };

  window.__probe = {
    counts,
    presses,
    /** Forget the warm-up. */
    reset() {
      presses.length = 0;
    },
    setCounting,
  };
}
