import type { HaContext } from '../ha-types';
import type { DemoHome } from '../home-state';
import { numberField, requireKey, type DomainServices } from './service-call';

/**
 * cover.*: curtains travel like a motor does, a step every half second,
 * reporting `opening` / `closing` with the position on the way and `open` /
 * `closed` when they stop, so the dashboard can show them moving and the
 * household can stop them half way.
 */

/** Percent moved per step. */
export const COVER_STEP = 10;
/** Milliseconds between steps: a full travel takes five seconds. */
export const COVER_STEP_MS = 500;

function positionOf(home: DemoHome, id: string): number {
  const position = home.getState(id)?.attributes['current_position'];
  return typeof position === 'number' ? position : 0;
}

function restingState(position: number): string {
  return position === 0 ? 'closed' : 'open';
}

function stop(home: DemoHome, id: string, context: HaContext): void {
  home.cancel(`cover:${id}`);
  home.patchState(id, { state: restingState(positionOf(home, id)) }, context);
}

function moveTo(home: DemoHome, id: string, target: number, context: HaContext): void {
  const key = `cover:${id}`;
  home.cancel(key);
  const start = positionOf(home, id);
  if (start === target) {
    home.patchState(id, { state: restingState(target) }, context);
    return;
  }
  home.patchState(id, { state: target > start ? 'opening' : 'closing' }, context);

  const step = (): void => {
    const current = positionOf(home, id);
    const next =
      target > current
        ? Math.min(target, current + COVER_STEP)
        : Math.max(target, current - COVER_STEP);
    if (next === target) {
      home.patchState(
        id,
        { state: restingState(target), attributes: { current_position: target } },
        context,
      );
      return;
    }
    home.patchState(id, { attributes: { current_position: next } }, context);
    home.schedule(key, COVER_STEP_MS, step);
  };
  home.schedule(key, COVER_STEP_MS, step);
}

function isMoving(home: DemoHome, id: string): boolean {
  const state = home.getState(id)?.state;
  return state === 'opening' || state === 'closing';
}

export const coverServices: DomainServices = {
  open_cover: {
    entityService: true,
    handler: (home, call, ids) => ids.forEach((id) => moveTo(home, id, 100, call.context)),
  },
  close_cover: {
    entityService: true,
    handler: (home, call, ids) => ids.forEach((id) => moveTo(home, id, 0, call.context)),
  },
  stop_cover: {
    entityService: true,
    handler: (home, call, ids) => ids.forEach((id) => stop(home, id, call.context)),
  },
  set_cover_position: {
    entityService: true,
    fields: { position: { required: true, example: 50 } },
    handler: (home, call, ids) => {
      requireKey(call, 'position');
      const position = Math.round(numberField(call, 'position', 0, 100) ?? 0);
      ids.forEach((id) => moveTo(home, id, position, call.context));
    },
  },
  toggle: {
    entityService: true,
    // Home Assistant's toggle stops a moving cover, else reverses it.
    handler: (home, call, ids) =>
      ids.forEach((id) => {
        if (isMoving(home, id)) stop(home, id, call.context);
        else moveTo(home, id, home.getState(id)?.state === 'closed' ? 100 : 0, call.context);
      }),
  },
};
