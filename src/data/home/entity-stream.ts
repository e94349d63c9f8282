/**
 * Home Assistant's `subscribe_entities` stream, applied change by change.
 * The client library's own collection copies every entity's state into a new
 * object on every message and hands the whole set over; with a thousand
 * entities and dozens of changes a second that copying, and comparing the
 * whole set again, took more of the TV's main thread than drawing did. Here
 * the states live in one Map that each message updates in place, and the
 * listener hears which ids changed.
 *
 * The compressed message format is Home Assistant's (and the library's
 * entities.ts, which this follows): `a` entities added or replaced in full,
 * `c` changes (`+` fields set, `-` attributes removed), `r` ids removed; a
 * state is `s`, attributes `a`, context `c` (its id, or an object), times
 * `lc` / `lu` in seconds since the epoch.
 */
import type { Connection, HassEntity } from 'home-assistant-js-websocket';

interface CompressedState {
  s?: string;
  a?: Record<string, unknown>;
  c?: string | Record<string, unknown>;
  lc?: number;
  lu?: number;
}

interface EntityMessage {
  a?: Record<string, CompressedState>;
  c?: Record<string, { '+'?: CompressedState; '-'?: { a?: string[] } }>;
  r?: string[];
}

/**
 * `states`: every entity now (the same Map each time, updated in place).
 * `changed`: the ids this message touched. `first`: the first message after
 * subscribing, which lists every entity.
 */
export type EntityStreamListener = (
  states: ReadonlyMap<string, HassEntity>,
  changed: readonly string[],
  first: boolean,
) => void;

type Context = HassEntity['context'];

export function subscribeEntityStream(
  conn: Connection,
  listener: EntityStreamListener,
): Promise<() => Promise<void>> {
  const states = new Map<string, HassEntity>();
  let first = true;
  return conn.subscribeMessage<EntityMessage>(
    (message) => {
      const changed = applyEntityMessage(states, message);
      const wasFirst = first;
      first = false;
      listener(states, changed, wasFirst);
    },
    { type: 'subscribe_entities' },
  );
}

/** Applies one message to `states`; returns the ids it touched. Exported for tests. */
export function applyEntityMessage(
  states: Map<string, HassEntity>,
  message: EntityMessage,
): string[] {
  const changed: string[] = [];
  for (const [id, full] of Object.entries(message.a ?? {})) {
    const lastChanged = isoTime(full.lc);
    states.set(id, {
      entity_id: id,
      state: full.s ?? '',
      attributes: full.a ?? {},
      context: toContext(full.c, undefined),
      last_changed: lastChanged,
      last_updated: full.lu ? isoTime(full.lu) : lastChanged,
    });
    changed.push(id);
  }
  for (const id of message.r ?? []) {
    if (states.delete(id)) changed.push(id);
  }
  for (const [id, diff] of Object.entries(message.c ?? {})) {
    const previous = states.get(id);
    if (!previous) continue;
    const next: HassEntity = { ...previous };
    const add = diff['+'];
    const removed = diff['-']?.a;
    if (add?.a || removed) {
      const attributes = { ...previous.attributes, ...add?.a };
      for (const key of removed ?? []) delete attributes[key];
      next.attributes = attributes;
    }
    if (add?.s !== undefined) next.state = add.s;
    if (add?.c) next.context = toContext(add.c, previous.context);
    if (add?.lc) next.last_updated = next.last_changed = isoTime(add.lc);
    else if (add?.lu) next.last_updated = isoTime(add.lu);
    states.set(id, next);
    changed.push(id);
  }
  return changed;
}

function isoTime(seconds: number | undefined): string {
  return new Date((seconds ?? 0) * 1000).toISOString();
}

function toContext(value: CompressedState['c'], previous: Context | undefined): Context {
  const base: Context = previous ?? { id: '', parent_id: null, user_id: null };
  if (typeof value === 'string') return { ...base, id: value };
  return { ...base, ...(value as Partial<Context> | undefined) };
}
