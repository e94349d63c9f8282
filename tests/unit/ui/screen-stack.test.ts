// @vitest-environment happy-dom
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { ScreenStack } from '@src/ui/screen-stack';

type Screen = { name: string; returnKey?: string };

class StackHost extends LitElement {
  leaving: string[] = [];
  tops: string[] = [];
  errorShown = false;
  readonly screens = new ScreenStack<Screen>(this, [{ name: 'menu' }], {
    back: () => {
      if (!this.errorShown) return false;
      this.errorShown = false;
      return true;
    },
    beforePop: async (leaving) => {
      await Promise.resolve();
      this.leaving.push(leaving.name);
    },
    changed: (top) => this.tops.push(top.name),
  });
}
customElements.define('stack-host', StackHost);

function host(): StackHost {
  const el = document.createElement('stack-host') as StackHost;
  document.body.append(el);
  return el;
}

/** Back as the key input sends it: a bubbling hearth-key on the focused item. */
function pressBack(target: EventTarget): boolean {
  const event = new CustomEvent('hearth-key', {
    detail: { key: 'Back' },
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('a screen stack', () => {
  it('pops one screen per Back and lets the last Back through to the shell', async () => {
    const el = host();
    el.screens.push({ name: 'departments' }, 'book');
    el.screens.push({ name: 'doctors' }, 'cardiology');
    expect(pressBack(el)).toBe(true);
    await expect.poll(() => el.screens.top?.name).toBe('departments');
    expect(el.screens.returnKey).toBe('cardiology');
    expect(pressBack(el)).toBe(true);
    await expect.poll(() => el.screens.top?.name).toBe('menu');
    expect(el.screens.returnKey).toBe('book');
    expect(pressBack(el)).toBe(false);
    expect(el.leaving).toEqual(['doctors', 'departments']);
    el.remove();
  });

  it('lets the host take Back first (an error over a screen)', async () => {
    const el = host();
    el.screens.push({ name: 'confirm' }, 'slot');
    el.errorShown = true;
    expect(pressBack(el)).toBe(true);
    expect(el.screens.top?.name).toBe('confirm');
    expect(pressBack(el)).toBe(true);
    await expect.poll(() => el.screens.top?.name).toBe('menu');
    el.remove();
  });

  it('leaves Back alone once something else took it, and after the host is gone', async () => {
    const el = host();
    el.screens.push({ name: 'detail' });
    const taken = new CustomEvent('hearth-key', { detail: { key: 'Back' }, cancelable: true });
    taken.preventDefault();
    el.dispatchEvent(taken);
    el.remove();
    expect(pressBack(el)).toBe(false);
    await Promise.resolve();
    expect(el.screens.top?.name).toBe('detail');
  });

  it('tells the host each new top: a replaced screen and a whole new stack', () => {
    const el = host();
    el.screens.push({ name: 'days' });
    el.screens.replaceTop({ name: 'days-next-week' });
    el.screens.replace([{ name: 'menu', returnKey: 'mine' }, { name: 'appointments' }]);
    expect(el.tops).toEqual(['days', 'days-next-week', 'appointments']);
    expect(el.screens.depth).toBe(2);
    el.remove();
  });
});
