/**
 * The focus ring every focusable shares: thick, in the operator's accent, on
 * `:focus` (TV engines from 2018 lack :focus-visible), plus the short nudge
 * shown when a direction leads nowhere, so no press is ever silent.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export const focusStyles = css`
  /* No transition: an animated box-shadow repaints on every frame of every
     press (measured: about 3x the key-to-paint time); the ring appears at once. */
  .focusable {
    outline: none;
  }
  .focusable:focus {
    box-shadow:
      0 0 0 var(--hearth-focus-width, 6px) var(--hearth-focus, #fff),
      0 0 0 calc(var(--hearth-focus-width, 6px) + 4px) var(--hearth-focus-halo, rgba(0, 0, 0, 0.6));
  }
  .focusable[data-edge] {
    animation: hearth-edge 220ms ease-out;
  }
  @keyframes hearth-edge {
    30% {
      box-shadow:
        0 0 0 calc(var(--hearth-focus-width, 6px) + 6px) var(--hearth-focus, #fff),
        0 0 0 calc(var(--hearth-focus-width, 6px) + 10px)
          var(--hearth-focus-halo, rgba(0, 0, 0, 0.6));
    }
  }
`;

/** Body text scaled by the household's text-size setting. */
export function scaled(px: number): CSSResult {
  return unsafeCSS(`calc(${px}px * var(--hearth-font-scale, 1))`);
}
