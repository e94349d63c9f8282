import { describe, expect, it, vi } from 'vitest';
import { ConstructibleEventTarget, installEventTargetShim } from '@src/data/event-target-shim.js';

describe('the EventTarget for engines that cannot construct one', () => {
  it('calls functions and handleEvent objects once each, with the event aimed at it', () => {
    const target = new ConstructibleEventTarget();
    const seen: unknown[] = [];
    const fn = vi.fn((event: Event) => seen.push(event.target));
    const handler = { handleEvent: vi.fn() };
    target.addEventListener('change', fn);
    target.addEventListener('change', fn); // the same listener twice is one listener
    target.addEventListener('change', handler);
    target.addEventListener('other', fn);
    expect(target.dispatchEvent(new Event('change'))).toBe(true);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(handler.handleEvent).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([target]);
  });

  it('honours once, removal while dispatching, and a cancelled event', () => {
    const target = new ConstructibleEventTarget();
    const once = vi.fn();
    const second = vi.fn();
    const first = vi.fn(() => target.removeEventListener('go', second));
    target.addEventListener('go', once, { once: true });
    target.addEventListener('go', first);
    target.addEventListener('go', second);
    target.dispatchEvent(new Event('go'));
    target.dispatchEvent(new Event('go'));
    expect(once).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(2);
    // Removed during the first round: that round still calls it (a copy is walked), the next does not.
    expect(second).toHaveBeenCalledTimes(1);
    target.addEventListener('ask', (event) => event.preventDefault());
    expect(target.dispatchEvent(new Event('ask', { cancelable: true }))).toBe(false);
  });

  it('replaces EventTarget only where constructing it throws', () => {
    const Native = class {};
    const working: { EventTarget?: unknown } = { EventTarget: Native };
    installEventTargetShim(working);
    expect(working.EventTarget).toBe(Native);
    const broken: { EventTarget?: unknown } = {
      EventTarget: function EventTarget() {
        throw new TypeError('Illegal constructor');
      },
    };
    installEventTargetShim(broken);
    expect(broken.EventTarget).toBe(ConstructibleEventTarget);
    // A class extending it works as Hearth's stores do.
    const Base = broken.EventTarget as typeof ConstructibleEventTarget;
    class Store extends Base {}
    const store = new Store();
    const heard = vi.fn();
    store.addEventListener('change', heard);
    store.dispatchEvent(new Event('change'));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
