/** The lab pages' buttons: big, grey, orange when focused, so a screenshot shows where focus is. */
import { css } from 'lit';

export const labButtonStyles = css`
  button {
    font-size: 22px;
    background: #333;
    color: #eee;
    border: 0;
  }
  button:focus {
    background: #e8a33d;
    color: #111;
  }
`;
