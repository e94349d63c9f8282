/** The dashboard's look; the tiles (home-tile.ts) draw inside it and use these rules too. */
import { css } from 'lit';
import { scaled } from '../../ui/focus-styles.js';

export const dashboardStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    font-size: ${scaled(30)};
  }
  .status {
    margin: 0 0 12px;
    color: var(--hearth-muted, #bbb);
  }
  .status.stale,
  .status.unreachable,
  .status.auth-failed,
  .problem {
    color: #ffd27a;
    font-weight: bold;
  }
  .problem {
    margin: 0 0 12px;
  }
  .scroller {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    padding: 8px 12px 24px;
    scroll-padding: 24px;
  }
  /* Rooms scrolled out of sight are not laid out or painted while their tiles change
     (a big home changes dozens of values a second); 'auto' remembers a room's size. */
  .room {
    content-visibility: auto;
    contain-intrinsic-size: auto 420px;
    /* That also clips painting to the room's box: room for the focus ring and its halo
       (10px) around the tiles, without moving them. */
    margin: 0 -12px;
    padding: 0 12px 12px;
  }
  h2 {
    margin: 16px 0 12px;
    font-size: ${scaled(34)};
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    /* Chromium 57–65 know grid gaps only by this name. */
    grid-gap: 20px;
    gap: 20px;
  }
  .tile {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-width: 0;
    min-height: 130px;
    padding: 20px 24px;
    border: none;
    border-radius: 18px;
    background: var(--hearth-surface, #1f252c);
    color: inherit;
    font: inherit;
    text-align: left;
    /* A new value inside a tile is laid out inside it, not across the whole grid. */
    contain: layout paint style;
    gap: 8px;
  }
  :host-context([data-no-flex-gap]) .tile > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: 8px;
  }
  .tile.camera {
    grid-row: span 2;
  }
  .history {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  :host-context([data-no-flex-gap]) .history > * + * {
    /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
    margin-top: 12px;
  }
  .history li {
    padding: 16px 24px;
    border-radius: 14px;
    background: var(--hearth-surface, #1f252c);
  }
  .tile.sos {
    background: #7a1d1d;
  }
  .tile.attention {
    background: #7a1d1d;
  }
  .tile.stale {
    opacity: 0.6;
  }
  .name {
    font-size: ${scaled(28)};
    color: var(--hearth-muted, #bbb);
  }
  .value {
    font-size: ${scaled(34)};
    font-weight: bold;
  }
`;
