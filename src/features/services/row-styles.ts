/**
 * The look every services list shares: a `.row` (or `.card`) button on the
 * surface colour that lights its edge in the accent when focused, and marks
 * a wrong field with the warning colour. Each view adds its own layout.
 */
import { css } from 'lit';
import { scaled } from '../../ui/focus-styles.js';

export const rowStyles = css`
  .row,
  .card {
    border: 3px solid var(--hearth-border, transparent);
    border-radius: 16px;
    background: var(--hearth-surface, #1f252c);
    color: var(--hearth-fg, #fff);
    font: inherit;
    text-align: left;
  }
  .row:focus,
  .card:focus {
    border-color: var(--hearth-accent, #e8a33d);
    background: var(--hearth-surface-raised, #2a3038);
  }
  .row.wrong {
    border-color: var(--hearth-warning, #ffb4a8);
  }
`;

/** A page that is one titled list (drafts, my applications). */
export const listPageStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    font-size: ${scaled(28)};
    gap: 16px;
  }
  :host-context([data-no-flex-gap]) > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: 16px;
  }
  h2 {
    margin: 0;
    font-size: ${scaled(38)};
  }
`;
