/**
 * Handles the demo build offers to its own tests and to curious operators, on
 * `window.hearthDemo` (never in the production build: main.ts only calls this
 * under __HEARTH_DEMO__).
 */
import { setEditing } from '../data/editing.js';
import { enqueue, listOutbox } from '../data/outbox/outbox-client.js';
import type { DemoTriggerKind } from '../demo/home-assistant/demo-triggers.js';

declare global {
  interface Window {
    hearthDemo?: {
      enqueue: typeof enqueue;
      listOutbox: typeof listOutbox;
      /** Pretend a form is being filled in (until forms exist to do it for real). */
      setEditing: typeof setEditing;
      /** Make the demo flat's smoke, gas, water… sensors go off. */
      triggerHome?: (kind: DemoTriggerKind) => void;
    };
  }
}

export function exposeDemoHooks(extra: { triggerHome?: (kind: DemoTriggerKind) => void }): void {
  window.hearthDemo = { ...window.hearthDemo, enqueue, listOutbox, setEditing, ...extra };
}
