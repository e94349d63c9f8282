/**
 * The frame the remote's input controls share (choice lists, the date dials, the
 * region picker): their label above them in the same large type, so a form reads
 * the same whichever control a field uses.
 */
import { css } from 'lit';
import { scaled } from './focus-styles.js';

export const labelledControlStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    color: var(--hearth-fg, #fff);
    gap: 12px;
  }
  :host-context([data-no-flex-gap]) > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: 12px;
  }
  .label {
    font-size: ${scaled(32)};
  }
`;
