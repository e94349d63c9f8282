/**
 * The parts of a digit pad for the remote, shared by the household PIN pad and a
 * device's own code pad (an alarm panel's, a lock's): the entered digits as dots,
 * a 3×4 grid of keys the arrows reach (1–9, then 删除, 0 and a last cell each pad
 * fills itself), and the remote's number keys typed straight in.
 */
import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { focusable } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { scaled } from '../focus-styles.js';

const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** How many digits are in, as dots only: the digits themselves are never shown. */
export function digitDots(entered: number, slots: number): TemplateResult {
  return html`<div
    class="dots"
    role="img"
    aria-label=${msg(str`已输入 ${entered} 位`, { id: 'pin.entered' })}
  >
    ${Array.from(
      { length: slots },
      (_, i) => html`<span class="dot ${i < entered ? 'filled' : ''}"></span>`,
    )}
  </div>`;
}

/** 1–9, 删除 and 0, in the grid's order; focus starts on 5, the middle. */
export function digitKeys(type: (digit: string) => void, deleteOne: () => void) {
  const deleteLabel = msg('删除', { id: 'pin.delete' });
  const key = (digit: string) =>
    html`<button
      class="key focusable"
      data-key=${digit}
      ${focusable({ key: digit, autofocus: digit === '5' })}
      @click=${() => type(digit)}
    >
      ${digit}
    </button>`;
  return html`${DIGIT_KEYS.map(key)}
    <button
      class="key focusable word"
      data-key="delete"
      aria-label=${deleteLabel}
      ${focusable({ key: 'delete' })}
      @click=${deleteOne}
    >
      ${deleteLabel}
    </button>
    ${key('0')}`;
}

/**
 * The digit a number key on the remote (or a keyboard) typed, marking the key
 * handled; undefined for any other key.
 */
export function typedDigit(event: HearthKeyEvent): string | undefined {
  const digit = /^Digit(\d)$/.exec(event.detail.key)?.[1];
  if (digit) event.preventDefault();
  return digit;
}

export const digitPadStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    align-items: center;
    color: var(--hearth-fg, #fff);
    gap: 16px;
  }
  :host-context([data-no-flex-gap]) > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: 16px;
  }
  .prompt {
    margin: 0;
    font-size: ${scaled(40)};
    text-align: center;
  }
  .dots {
    display: flex;
    gap: 28px;
  }
  :host-context([data-no-flex-gap]) .dots > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-left: 28px;
  }
  .dot {
    width: 36px;
    height: 36px;
    border-radius: 50%;
    border: 4px solid var(--hearth-fg, #fff);
    box-sizing: border-box;
  }
  .dot.filled {
    background: var(--hearth-fg, #fff);
  }
  .keys {
    display: grid;
    grid-template-columns: repeat(3, 150px);
    /* Chromium 57–65 know grid gaps only by this name. */
    grid-gap: 16px;
    gap: 16px;
  }
  .key {
    height: 88px;
    border: 3px solid var(--hearth-border, transparent);
    border-radius: 20px;
    background: var(--hearth-surface, #1f252c);
    color: var(--hearth-fg, #fff);
    font: inherit;
    font-size: ${scaled(48)};
  }
  .key.word {
    font-size: ${scaled(32)};
  }
  .key:focus {
    background: var(--hearth-accent, #e8a33d);
    color: var(--hearth-on-accent, #111);
  }
`;
