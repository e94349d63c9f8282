import { validationError } from '../ha-error';
import { DEMO_HOME_CODE } from '../demo-home';
import type { DemoHome } from '../home-state';
import { stringField, type DomainServices, type ServiceCall } from './service-call';

/**
 * lock.lock / unlock. A lock with a `code_format` needs a code matching it for
 * both (Home Assistant's lock component rule, `add_default_code`); the demo
 * lock then checks the code itself (`invalid_code`). The bolt takes a moment,
 * so the state passes through `locking` / `unlocking`.
 */

/** How long the bolt takes to move. */
export const LOCK_TRAVEL_MS = 1000;

function checkCode(home: DemoHome, id: string, call: ServiceCall): void {
  const format = home.getState(id)?.attributes['code_format'];
  if (typeof format !== 'string' || format === '') return;
  const code = stringField(call, 'code') ?? '';
  if (!new RegExp(format).test(code)) {
    throw validationError(
      'lock',
      'add_default_code',
      `The code for ${id} doesn't match pattern ${format}.`,
      { entity_id: id, code_format: format },
    );
  }
  if (code !== DEMO_HOME_CODE) {
    throw validationError('lock', 'invalid_code', 'Invalid lock code provided', { entity_id: id });
  }
}

function move(home: DemoHome, ids: string[], call: ServiceCall, locked: boolean): void {
  // Check every code before moving anything: one wrong code fails the whole call.
  ids.forEach((id) => checkCode(home, id, call));
  for (const id of ids) {
    const target = locked ? 'locked' : 'unlocked';
    if (home.getState(id)?.state === target) continue;
    home.patchState(id, { state: locked ? 'locking' : 'unlocking' }, call.context);
    home.schedule(`lock:${id}`, LOCK_TRAVEL_MS, () =>
      home.patchState(id, { state: target }, call.context),
    );
  }
}

export const lockServices: DomainServices = {
  lock: {
    entityService: true,
    fields: { code: { example: '1234' } },
    handler: (home, call, ids) => move(home, ids, call, true),
  },
  unlock: {
    entityService: true,
    fields: { code: { example: '1234' } },
    handler: (home, call, ids) => move(home, ids, call, false),
  },
};
