/**
 * Areas ask the shell to change screen with a `hearth-navigate` event, so no
 * area needs the router (or another area) imported.
 */
export interface NavigateDetail {
  /** A route path such as `settings/about`; '' is home. */
  path: string;
}

declare global {
  interface HTMLElementEventMap {
    'hearth-navigate': CustomEvent<NavigateDetail>;
  }
}

export function requestNavigation(from: HTMLElement, path: string): void {
  from.dispatchEvent(
    new CustomEvent<NavigateDetail>('hearth-navigate', {
      bubbles: true,
      composed: true,
      detail: { path },
    }),
  );
}
