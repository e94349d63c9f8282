import type { HaContext, HaState, JsonObject } from './ha-types';

/**
 * The compressed state format of `subscribe_entities` (Home Assistant ≥ 2022.4,
 * read by home-assistant-js-websocket's entities.js): the first event is
 * `{ a: { id: { s, a, c, lc, lu? } } }`, then `{ c: { id: { '+': …, '-': … } } }`
 * diffs, `{ a: … }` for new entities and `{ r: [id] }` for removed ones.
 * Times are epoch seconds; `lu` is left out when it equals `lc`; a context
 * with no parent or user travels as its bare id.
 */

export interface CompressedState {
  s: string;
  a: JsonObject;
  c: string | Partial<HaContext>;
  lc: number;
  lu?: number;
}

export interface CompressedDiff {
  '+'?: {
    s?: string;
    a?: JsonObject;
    c?: string | Partial<HaContext>;
    lc?: number;
    lu?: number;
  };
  '-'?: { a: string[] };
}

export type EntitiesEvent =
  { a: Record<string, CompressedState> } | { c: Record<string, CompressedDiff> } | { r: string[] };

function seconds(iso: string): number {
  return Date.parse(iso) / 1000;
}

function compressContext(context: HaContext): string | HaContext {
  return context.parent_id === null && context.user_id === null ? context.id : context;
}

export function compressState(state: HaState): CompressedState {
  const compressed: CompressedState = {
    s: state.state,
    a: state.attributes,
    c: compressContext(state.context),
    lc: seconds(state.last_changed),
  };
  if (state.last_updated !== state.last_changed) compressed.lu = seconds(state.last_updated);
  return compressed;
}

/** What changed between two states of one entity, in Home Assistant's diff form. */
export function diffState(old: HaState, next: HaState): CompressedDiff {
  const additions: NonNullable<CompressedDiff['+']> = {};
  if (old.state !== next.state) additions.s = next.state;
  if (old.last_changed !== next.last_changed) additions.lc = seconds(next.last_changed);
  else if (old.last_updated !== next.last_updated) additions.lu = seconds(next.last_updated);

  const contextChanges: Partial<HaContext> = {};
  if (old.context.parent_id !== next.context.parent_id) {
    contextChanges.parent_id = next.context.parent_id;
  }
  if (old.context.user_id !== next.context.user_id) contextChanges.user_id = next.context.user_id;
  if (old.context.id !== next.context.id) {
    additions.c =
      Object.keys(contextChanges).length > 0
        ? { ...contextChanges, id: next.context.id }
        : next.context.id;
  } else if (Object.keys(contextChanges).length > 0) {
    additions.c = contextChanges;
  }

  const changedAttributes: JsonObject = {};
  for (const [key, value] of Object.entries(next.attributes)) {
    if (JSON.stringify(old.attributes[key]) !== JSON.stringify(value)) {
      changedAttributes[key] = value;
    }
  }
  if (Object.keys(changedAttributes).length > 0) additions.a = changedAttributes;

  const diff: CompressedDiff = { '+': additions };
  const removed = Object.keys(old.attributes).filter((key) => !(key in next.attributes));
  if (removed.length > 0) diff['-'] = { a: removed };
  return diff;
}
