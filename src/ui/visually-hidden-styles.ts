/** Text for screen readers and read-aloud only: kept in the page, off the screen. */
import { css } from 'lit';

export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
