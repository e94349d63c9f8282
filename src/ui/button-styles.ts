/** The large pill button used in dialogs and settings. */
import { css } from 'lit';
import { scaled } from './focus-styles.js';

export const buttonStyles = css`
  .button {
    min-width: 220px;
    min-height: 76px;
    padding: 12px 40px;
    /* Invisible normally; white in high contrast, so every button has an edge. */
    border: 3px solid var(--hearth-border, transparent);
    border-radius: 44px;
    background: var(--hearth-surface, #1f252c);
    color: var(--hearth-fg, #fff);
    font: inherit;
    font-size: ${scaled(34)};
    cursor: pointer;
  }
  .button:focus {
    background: var(--hearth-accent, #e8a33d);
    color: var(--hearth-on-accent, #111);
  }
  .button[aria-checked='true'],
  .button[aria-pressed='true'] {
    border: 4px solid var(--hearth-accent, #e8a33d);
  }
`;
