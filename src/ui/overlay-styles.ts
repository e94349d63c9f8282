/**
 * The looks every layer above the screen shares, so a household learns one shape:
 * a dark scrim over everything (the top bar included) and a raised panel on it.
 * Each overlay adds only what is its own: its layer (z-index on :host), where its
 * panel sits, its border and how dark its scrim is.
 *
 * While a warning's banner shows (--hearth-banner-space), every panel keeps
 * above it, so no button sits under the banner; the scrim still darkens all.
 */
import { css } from 'lit';

const scrim = css`
  .scrim {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    left: 0;
    background: rgba(0, 0, 0, 0.75);
  }
`;

/**
 * A panel over whatever is playing: the host lets the screen show through
 * everywhere but the scrim and the panel, which sits where the overlay puts it.
 */
export const overlayStyles = [
  scrim,
  css`
    :host {
      position: fixed;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
      pointer-events: none;
    }
    .scrim,
    .panel {
      pointer-events: auto;
    }
    .panel {
      position: absolute;
      /* With top and bottom both set, the margin lifts the bottom edge. */
      margin-bottom: var(--hearth-banner-space, 0px);
      display: flex;
      flex-direction: column;
      border-radius: 28px;
      background: var(--hearth-surface-raised, #2a3038);
      color: var(--hearth-fg, #fff);
    }
  `,
];

/** A dialog: its panel centred on the stage, sized by its content. */
export const dialogStyles = [
  scrim,
  css`
    :host {
      position: fixed;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
      box-sizing: border-box;
      padding-bottom: var(--hearth-banner-space, 0px);
      display: flex;
      align-items: center;
      justify-content: center;
    }
    .panel {
      position: relative;
      border-radius: 24px;
      border: 3px solid var(--hearth-accent, #e8a33d);
      background: var(--hearth-surface-raised, #2a3038);
      color: var(--hearth-fg, #fff);
    }
  `,
];

/**
 * A reminder over any screen (an appointment, a programme): the accent frame,
 * the heading in the accent colour, its parts spaced by --reminder-gap. Each
 * reminder sets where its panel sits and how large its words are.
 */
export const reminderPanelStyles = css`
  .panel {
    padding: 48px 72px;
    border: 6px solid var(--hearth-accent, #e8a33d);
    gap: var(--reminder-gap, 28px);
  }
  :host-context([data-no-flex-gap]) .panel > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: var(--reminder-gap, 28px);
  }
  h2 {
    margin: 0;
    color: var(--hearth-accent, #e8a33d);
  }
`;
