/**
 * One strip at the foot of the screen for banners that show over any screen
 * (a warning, an urgent notice). Each asks for it with a priority; the highest
 * shows, the others wait. While any banner shows, screens and dialogs keep
 * their bottom rows above it (--hearth-banner-space, see overlay-styles.ts).
 */
const BANNER_SPACE = '112px';
const claims = new Map<string, number>();

/** Tells banners when the one that shows changes. */
export const bannerSpace = new EventTarget();

/** Ask for the strip; a higher `priority` wins (warnings 100, notices 10). */
export function claimBanner(owner: string, priority: number): void {
  if (claims.get(owner) === priority) return;
  claims.set(owner, priority);
  changed();
}

export function releaseBanner(owner: string): void {
  if (claims.delete(owner)) changed();
}

/** The owner whose banner shows now, if any. */
export function bannerShown(): string | null {
  let shown: string | null = null;
  let best = -Infinity;
  for (const [owner, priority] of claims) {
    if (priority > best) [shown, best] = [owner, priority];
  }
  return shown;
}

function changed(): void {
  const root = document.documentElement.style;
  if (claims.size > 0) root.setProperty('--hearth-banner-space', BANNER_SPACE);
  else root.removeProperty('--hearth-banner-space');
  bannerSpace.dispatchEvent(new Event('change'));
}
