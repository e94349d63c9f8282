/**
 * A constructible EventTarget for engines whose `new EventTarget()` throws
 * "Illegal constructor" (constructible since Chromium 64; the engine matrix's
 * Chromium 64.0.3264.0 build predates it). Hearth's stores, the router and the
 * event buses extend or construct EventTarget, so without it nothing starts.
 *
 * The subset of the DOM standard Hearth relies on: listeners as functions or
 * `handleEvent` objects, each added once per type, the `once` option, removal
 * during dispatch, `target`/`currentTarget` set on the event, and the return
 * value of dispatchEvent (false when a cancelable event was cancelled).
 * Installed only where the native one cannot be constructed.
 */
type Listener = EventListenerOrEventListenerObject;

interface Entry {
  listener: Listener;
  once: boolean;
}

class ConstructibleEventTarget {
  private readonly _listeners = new Map<string, Entry[]>();

  addEventListener(
    type: string,
    listener: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (!listener) return;
    const entries = this._listeners.get(type) ?? [];
    if (entries.some((e) => e.listener === listener)) return;
    entries.push({ listener, once: typeof options === 'object' && options.once === true });
    this._listeners.set(type, entries);
  }

  removeEventListener(type: string, listener: Listener | null): void {
    const entries = this._listeners.get(type);
    if (!entries || !listener) return;
    const index = entries.findIndex((e) => e.listener === listener);
    if (index >= 0) entries.splice(index, 1);
  }

  dispatchEvent(event: Event): boolean {
    // The native accessors read the engine's internal target, which a script
    // target never sets: own properties answer instead, where the engine lets
    // them (Chromium 64's events hold theirs fixed; there they stay null).
    try {
      Object.defineProperty(event, 'target', { value: this, configurable: true });
      Object.defineProperty(event, 'currentTarget', { value: this, configurable: true });
    } catch {
      // Listeners get the event all the same.
    }
    // A copy: listeners removed or added while dispatching do not change this round.
    for (const entry of [...(this._listeners.get(event.type) ?? [])]) {
      if (entry.once) this.removeEventListener(event.type, entry.listener);
      const { listener } = entry;
      if (typeof listener === 'function') listener.call(this, event);
      else listener.handleEvent(event);
    }
    return !event.defaultPrevented;
  }
}

/** Whether this engine can construct an EventTarget. */
export function eventTargetConstructible(scope: { EventTarget?: unknown }): boolean {
  try {
    new (scope.EventTarget as new () => EventTarget)();
    return true;
  } catch {
    return false;
  }
}

/** Puts the constructible EventTarget on `scope` where its own cannot be constructed. */
export function installEventTargetShim(scope: { EventTarget?: unknown }): void {
  if (eventTargetConstructible(scope)) return;
  Object.defineProperty(scope, 'EventTarget', {
    configurable: true,
    writable: true,
    value: ConstructibleEventTarget,
  });
}

export { ConstructibleEventTarget };
