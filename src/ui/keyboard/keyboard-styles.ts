/**
 * The keyboard's look: keys at least 88 px tall with 40 px letters on a
 * 1920×1080 stage, the focused key in the accent colour with the shared ring,
 * and a candidate bar that keeps its height when empty so the keys never jump.
 */
import { css } from 'lit';
import { scaled } from '../focus-styles.js';

export const keyboardStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    color: var(--hearth-fg, #fff);
    --key-w: 104px;
    --key-h: 88px;
    gap: 20px;
  }
  :host-context([data-no-flex-gap]) > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: 20px;
  }
  :host([layout='digits']),
  :host([layout='id']) {
    --key-w: 160px;
    --key-h: 100px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  :host-context([data-no-flex-gap]) .field > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: 8px;
  }
  .label {
    font-size: ${scaled(32)};
  }
  .display {
    min-height: 88px;
    box-sizing: border-box;
    padding: 8px 24px;
    border-radius: 16px;
    border: 3px solid var(--hearth-fg, #fff);
    background: var(--hearth-field, #0d1116);
    font-size: ${scaled(48)};
    display: flex;
    align-items: center;
    overflow: hidden;
    white-space: pre;
  }
  .placeholder {
    color: var(--hearth-muted, #9aa4ae);
  }
  .buffer {
    color: var(--hearth-accent, #e8a33d);
    text-decoration: underline;
  }
  .caret {
    display: inline-block;
    width: 4px;
    height: 1.1em;
    margin-left: 2px;
    background: var(--hearth-accent, #e8a33d);
  }
  .candidate-bar {
    /* As wide as the keys, never wider: it must not push the keyboard out. */
    width: 0;
    min-width: 100%;
    box-sizing: border-box;
    overflow: hidden;
    display: flex;
    align-items: center;
    min-height: 96px;
    padding: 0 12px;
    border-radius: 16px;
    background: var(--hearth-surface-2, #151a20);
    gap: 12px;
  }
  :host-context([data-no-flex-gap]) .candidate-bar > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-left: 12px;
  }
  .candidates {
    display: flex;
    flex: 1;
    gap: 8px;
  }
  :host-context([data-no-flex-gap]) .candidates > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-left: 8px;
  }
  .candidate {
    position: relative;
    min-width: 84px;
    height: 84px;
    padding: 0 10px 0 28px;
    border: 3px solid var(--hearth-border, transparent);
    border-radius: 14px;
    background: var(--hearth-surface, #1f252c);
    color: var(--hearth-fg, #fff);
    font: inherit;
    font-size: ${scaled(48)};
  }
  .number {
    position: absolute;
    left: 8px;
    top: 4px;
    font-size: ${scaled(28)};
    color: var(--hearth-muted, #9aa4ae);
  }
  .page-arrow,
  .page-count {
    font-size: ${scaled(36)};
    color: var(--hearth-muted, #9aa4ae);
    min-width: 0.8em;
  }
  .page-count {
    font-size: ${scaled(28)};
    white-space: nowrap;
  }
  .keys {
    display: grid;
    grid-auto-rows: var(--key-h);
    /* Chromium 57–65 know grid gaps only by this name. */
    grid-gap: 12px;
    gap: 12px;
  }
  .key {
    border: 3px solid var(--hearth-border, transparent);
    border-radius: 14px;
    background: var(--hearth-surface, #1f252c);
    color: var(--hearth-fg, #fff);
    font: inherit;
    font-size: ${scaled(40)};
  }
  .key.word {
    font-size: ${scaled(30)};
    background: var(--hearth-surface-2, #2a323b);
  }
  .key.done {
    background: var(--hearth-go, #2f6f3e);
  }
  .key[aria-pressed='true'] {
    border-color: var(--hearth-accent, #e8a33d);
  }
  .key:disabled {
    opacity: 0.35;
  }
  .key:focus,
  .candidate:focus {
    background: var(--hearth-accent, #e8a33d);
    color: var(--hearth-on-accent, #111);
  }
  .candidate:focus .number {
    color: var(--hearth-on-accent, #111);
  }
  .lang .current {
    color: var(--hearth-accent, #e8a33d);
    font-weight: bold;
  }
  .lang:focus .current {
    color: var(--hearth-on-accent, #111);
    text-decoration: underline;
  }
`;
