/**
 * Every event Hearth's own elements send, by name, with its payload: one map,
 * extended where each event is declared (as Home Assistant's HASSDomEvents), so
 * `emit()` checks the payload where it is sent and a listener names the event
 * instead of restating its type. An event without a payload maps to `null`.
 *
 *   declare global { interface HearthEvents { 'services-open': { id: string } } }
 *   emit(this, 'services-open', { id });                    // checked here
 *   @services-open=${(e: HearthEvent<'services-open'>) => e.detail.id}
 */
declare global {
  /** The shared input elements' events are declared here; each area declares its own. */
  interface HearthEvents {
    /**
     * A field's value changed (keyboard, pickers, choice list): `values` from a
     * choice list (several may be ticked), `path` from the region picker (the
     * names from the province down).
     */
    'hearth-input': { value: string; values?: readonly string[]; path?: readonly string[] };
    /** The household finished with a field (完成, or OK on a dial). */
    'hearth-done': { value: string };
  }
}

export type HearthEventType = keyof HearthEvents;

/** What a listener of `K` receives. */
export type HearthEvent<K extends HearthEventType> = CustomEvent<HearthEvents[K]>;

/** A payload argument only for the events that carry one. */
type PayloadOf<K extends HearthEventType> = HearthEvents[K] extends null ? [] : [HearthEvents[K]];

/**
 * Sends `type` from `from`, crossing shadow roots (composed) and bubbling, so the
 * screen that owns a view hears what the household chose in it. Window events
 * (from one area to another) use the same call on `window`.
 */
export function emit<K extends HearthEventType>(
  from: EventTarget,
  type: K,
  ...payload: PayloadOf<K>
): void {
  emitWith(from, type, { bubbles: true, composed: true }, ...payload);
}

/**
 * Sends `type` as `init` says: an event only its element's owner should hear
 * stays on the element (`{}`: the confirm dialog's 确定 and 取消, for the one
 * screen that opened it); a cancelable one returns false when a listener
 * called preventDefault().
 */
export function emitWith<K extends HearthEventType>(
  from: EventTarget,
  type: K,
  init: Pick<EventInit, 'bubbles' | 'composed' | 'cancelable'>,
  ...payload: PayloadOf<K>
): boolean {
  const detail = payload.length ? payload[0] : null;
  return from.dispatchEvent(new CustomEvent(type, { ...init, detail }));
}
