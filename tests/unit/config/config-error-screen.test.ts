// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '@src/config/config-error-screen';
import type { FailedConfigResult, HearthConfigError } from '@src/config/config-error-screen';

const result: FailedConfigResult = {
  ok: false,
  url: 'https://tv.example.org/config.json?token=SECRET-URL',
  errors: [
    {
      path: '/operator/theme/accent',
      keyword: 'pattern',
      message: 'must match pattern "^#…$"',
      params: { pattern: '^#…$' },
    },
    {
      path: '/features/1',
      keyword: 'enum',
      message: 'x',
      params: { allowedValues: ['watch', 'home'] },
    },
    { path: '', keyword: 'somethingNew', message: 'an English fallback' },
  ],
  warnings: [
    {
      path: '/operator/colour',
      keyword: 'additionalProperties',
      message: 'is not a known field and is ignored',
    },
  ],
};

async function mount(value: FailedConfigResult = result): Promise<HearthConfigError> {
  const element = document.createElement('hearth-config-error');
  element.result = value;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function text(element: HearthConfigError, selector: string): string[] {
  return [...element.shadowRoot!.querySelectorAll(selector)].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

function press(key: string, keyCode: number, target: EventTarget = window): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    keyCode,
    bubbles: true,
    composed: true,
    cancelable: true,
  } as KeyboardEventInit);
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<hearth-config-error>', () => {
  it('shows the heading, the config URL without secrets and the instruction', async () => {
    const element = await mount();
    expect(text(element, 'h1')).toEqual(['配置文件有误']);
    const url = text(element, '.url code')[0];
    expect(url).toContain('https://tv.example.org/config.json');
    expect(url).not.toContain('SECRET');
    expect(text(element, '.hint')[0]).toContain('config.json');
  });

  it('lists every error with its path in monospace and a localised message', async () => {
    const element = await mount();
    expect(text(element, '.issues.error .path')).toEqual([
      '/operator/theme/accent',
      '/features/1',
      '（整个文件）',
    ]);
    expect(text(element, '.issues.error .message')).toEqual([
      '颜色格式不对：应为 #rgb 或 #rrggbb，例如 #e8a33d',
      '不是允许的值，应为以下之一：watch | home',
      'an English fallback',
    ]);
    expect(element.shadowRoot!.querySelector('.path')?.tagName).toBe('CODE');
  });

  it('lists warnings separately from errors', async () => {
    const element = await mount();
    expect(text(element, '.issues.warning .path')).toEqual(['/operator/colour']);
    expect(text(element, '.warnings-title')[0]).toContain('警告（1）');
  });

  it('omits the warnings section when there are none', async () => {
    const element = await mount({ ...result, warnings: [] });
    expect(element.shadowRoot!.querySelector('.warnings-title')).toBeNull();
  });

  it('focuses its one Retry button, a real <button>', async () => {
    const element = await mount();
    const buttons = element.shadowRoot!.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    expect(element.shadowRoot!.activeElement).toBe(buttons[0]);
    expect(buttons[0]?.textContent?.trim()).toBe('重试');
  });

  it('makes the list a focusable region', async () => {
    const list = (await mount()).shadowRoot!.querySelector('.list')!;
    expect(list.getAttribute('tabindex')).toBe('0');
    expect(list.getAttribute('role')).toBe('region');
  });

  it('scrolls the list by 200 design pixels on Down and Up', async () => {
    const element = await mount();
    const list = element.shadowRoot!.querySelector<HTMLElement>('.list')!;
    const step = 200 * (window.innerWidth / 1920);
    expect(press('ArrowDown', 40).defaultPrevented).toBe(true);
    expect(list.scrollTop).toBeCloseTo(step);
    press('ArrowUp', 38);
    expect(list.scrollTop).toBeCloseTo(0);
  });

  it('retries once on OK/Enter, with a cancelable event before reloading', async () => {
    const element = await mount();
    let retries = 0;
    element.addEventListener('hearth-config-retry', (event) => {
      retries++;
      event.preventDefault();
    });
    const button = element.shadowRoot!.querySelector('button')!;
    const event = press('Enter', 13, button);
    expect(event.defaultPrevented).toBe(true);
    expect(retries).toBe(1);
    button.click();
    expect(retries).toBe(2);
  });

  it('stops listening for keys once removed', async () => {
    const element = await mount();
    let retries = 0;
    element.addEventListener('hearth-config-retry', (event) => {
      retries++;
      event.preventDefault();
    });
    element.remove();
    press('Enter', 13);
    expect(retries).toBe(0);
  });
});
