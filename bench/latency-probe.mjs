// Init script for the portal: when each key press ends up on screen. Runs before the
// app so its capture keydown listener comes before the app's own (which stops the event).
//
// Two clocks, both from the keydown's event.timeStamp (when the browser got the key):
//  - Event Timing: the browser's own key → next paint duration, reported only for
//    presses of 16 ms or more (the smallest threshold the API allows), rounded to 8 ms;
//  - rAF: the first animation frame after focus moved, then a message posted from it,
//    which runs once that frame's style, layout and paint are done. This covers every
//    press, including the fast ones Event Timing leaves out.

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function latencyProbe() {
  const presses = [];
  const entries = [];
  let pending = null;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'keydown') continue;
      entries.push({
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  addEventListener(
    'keydown',
    (event) => {
      pending = {
        key: event.key,
        ts: event.timeStamp,
        t0: performance.now(),
        tFocus: null,
        tRaf: null,
        tPainted: null,
      };
      presses.push(pending);
    },
    true,
  );
  const deepActive = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  // Not a focusin listener: between two elements inside the app's shadow roots, focusin
  // never reaches window (its target and relatedTarget retarget to the same host, so the
  // event stops there). The engine moves focus with focus(), so that is where to look.
  const nativeFocus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...args) {
    const before = deepActive();
    const result = nativeFocus.apply(this, args);
    const press = pending;
    if (press && press.tFocus === null && deepActive() !== before) {
      press.tFocus = performance.now();
      requestAnimationFrame(() => {
        press.tRaf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          press.tPainted = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
    return result;
  };

  window.__latency = {
    presses,
    entries,
    /** Where focus is: the settings row (or action) and whether it has neighbours. */
    where() {
      const el = deepActive();
      const host = el?.getRootNode()?.host;
      return {
        row: host?.getAttribute?.('row-id') ?? el?.dataset?.action ?? el?.localName ?? null,
        canLeft: el?.previousElementSibling?.localName === 'button',
        canRight: el?.nextElementSibling?.localName === 'button',
      };
    },
    /** Resolve once the last press is on screen, or after `timeout` ms if focus never moved. */
    settle(timeout) {
      const press = presses.at(-1);
      const started = performance.now();
      return new Promise((done) => {
        const check = () => {
          if (press?.tPainted != null || performance.now() - started > timeout) {
            done({ moved: press?.tPainted != null, ...window.__latency.where() });
          } else setTimeout(check, 5);
        };
        check();
      });
    },
  };
}
