/** The telehealth screens' look: big cards and buttons for a 1920×1080 stage seen from the sofa. */
import { css } from 'lit';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

export const healthStyles = [
  focusStyles,
  buttonStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      font-size: ${scaled(32)};
      color: var(--hearth-fg, #fff);
    }
    .screen {
      flex: 1;
      min-height: 0;
      display: flex;
      flex-direction: column;
      gap: 24px;
    }
    :host-context([data-no-flex-gap]) .screen > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-top: 24px;
    }
    h2 {
      margin: 0;
      font-size: ${scaled(44)};
    }
    .lead {
      margin: 0;
      color: var(--hearth-muted, #bbb);
    }
    .lead.notice {
      color: var(--hearth-warning, #ffb4a8);
    }
    .scroller {
      flex: 1;
      min-height: 0;
      overflow-y: auto;
      padding: 12px;
      scroll-padding: 24px;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      /* Chromium 57–65 know grid gaps only by this name. */
      grid-gap: 24px;
      gap: 24px;
    }
    .card {
      display: flex;
      align-items: center;
      min-height: 150px;
      padding: 24px 32px;
      border: 3px solid var(--hearth-border, transparent);
      border-radius: 20px;
      background: var(--hearth-surface, #1f252c);
      color: inherit;
      font: inherit;
      text-align: left;
      gap: 24px;
    }
    :host-context([data-no-flex-gap]) .card > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-left: 24px;
    }
    .card:focus {
      background: var(--hearth-surface-raised, #2a3038);
    }
    .card .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
      gap: 8px;
    }
    :host-context([data-no-flex-gap]) .card .text > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-top: 8px;
    }
    .card .name {
      font-size: ${scaled(40)};
      font-weight: bold;
    }
    .card .sub {
      font-size: ${scaled(28)};
      color: var(--hearth-muted, #bbb);
    }
    .badge {
      display: inline-block;
      padding: 2px 14px;
      border-radius: 14px;
      background: #1d5d6b;
      font-size: ${scaled(28)};
    }
    .photo {
      flex: none;
      width: 112px;
      height: 112px;
      border-radius: 50%;
      object-fit: cover;
      background: #3a4450;
      display: flex;
      align-items: center;
      justify-content: center;
      font-size: ${scaled(48)};
      font-weight: bold;
    }
    .days {
      display: grid;
      grid-template-columns: repeat(7, 1fr);
      /* Chromium 57–65 know grid gaps only by this name. */
      grid-gap: 16px;
      gap: 16px;
    }
    .day {
      display: flex;
      flex-direction: column;
      align-items: center;
      min-height: 170px;
      padding: 20px 8px;
      border: 3px solid var(--hearth-border, transparent);
      border-radius: 20px;
      background: var(--hearth-surface, #1f252c);
      color: inherit;
      font: inherit;
      gap: 12px;
    }
    :host-context([data-no-flex-gap]) .day > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-top: 12px;
    }
    .day.empty {
      opacity: 0.55;
    }
    .day .count {
      font-size: ${scaled(36)};
      font-weight: bold;
      color: var(--hearth-accent, #e8a33d);
    }
    .day.empty .count {
      color: inherit;
      font-weight: normal;
      font-size: ${scaled(28)};
    }
    .times {
      display: grid;
      grid-template-columns: repeat(6, 1fr);
      /* Chromium 57–65 know grid gaps only by this name. */
      grid-gap: 20px;
      gap: 20px;
    }
    .times.wide {
      grid-template-columns: repeat(3, 1fr);
    }
    .times.wide .time {
      font-size: ${scaled(34)};
    }
    .time {
      min-height: 96px;
      border: 3px solid var(--hearth-border, transparent);
      border-radius: 18px;
      background: var(--hearth-surface, #1f252c);
      color: inherit;
      font: inherit;
      font-size: ${scaled(40)};
      font-weight: bold;
    }
    .time:focus,
    .day:focus {
      background: var(--hearth-accent, #e8a33d);
      color: var(--hearth-on-accent, #111);
    }
    .time:focus .count,
    .day:focus .count {
      color: inherit;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 24px;
    }
    :host-context([data-no-flex-gap]) .actions > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-left: 24px;
    }
    .summary {
      display: grid;
      grid-template-columns: max-content 1fr;
      /* Chromium 57–65 know grid gaps only by this name. */
      grid-gap: 16px 40px;
      gap: 16px 40px;
      margin: 0;
      padding: 32px 40px;
      border-radius: 20px;
      background: var(--hearth-surface, #1f252c);
      font-size: ${scaled(36)};
    }
    .summary dt {
      color: var(--hearth-muted, #bbb);
    }
    .summary dd {
      margin: 0;
      font-weight: bold;
    }
    .message {
      margin: 0;
      padding: 24px 32px;
      border-radius: 16px;
      background: var(--hearth-surface, #1f252c);
    }
    .problem {
      margin: 0;
      color: #ffd27a;
      font-weight: bold;
    }
    .success {
      color: #7ee08a;
    }
    .section-title {
      margin: 12px 0;
      font-size: ${scaled(34)};
      color: var(--hearth-muted, #bbb);
    }
    .rows {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    :host-context([data-no-flex-gap]) .rows > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-top: 16px;
    }
    .rows.two {
      display: grid;
      grid-template-columns: 1fr 1fr;
    }
    .row {
      display: flex;
      align-items: center;
      padding: 20px 32px;
      border: 3px solid var(--hearth-border, transparent);
      border-radius: 18px;
      background: var(--hearth-surface, #1f252c);
      color: inherit;
      font: inherit;
      text-align: left;
      gap: 32px;
    }
    :host-context([data-no-flex-gap]) .row > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-left: 32px;
    }
    .row .when {
      min-width: 360px;
      font-weight: bold;
    }
    .row .who {
      flex: 1;
    }
    .row.past {
      opacity: 0.7;
    }
  `,
];
