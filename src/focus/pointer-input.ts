/**
 * Pointer remotes (LG Magic Remote, air mice): hovering a focusable focuses it,
 * so the D-pad continues from wherever the pointer left focus.
 */
import type { FocusEngine } from './focus-engine.js';

export function connectPointer(engine: FocusEngine): () => void {
  const onMove = (event: Event) => {
    const path = event.composedPath();
    for (const node of path) {
      if (!(node instanceof HTMLElement)) continue;
      const item = engine.tree.item(node);
      if (!item) continue;
      if (engine.current !== node) engine.focus(node, 'pointer');
      return;
    }
  };
  document.addEventListener('mouseover', onMove, true);
  return () => document.removeEventListener('mouseover', onMove, true);
}
