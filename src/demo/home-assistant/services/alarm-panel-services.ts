import { validationError } from '../ha-error';
import { DEMO_HOME_CODE } from '../demo-home';
import type { DemoHome } from '../home-state';
import { stringField, type DomainServices, type ServiceCall } from './service-call';

/**
 * alarm_control_panel.*: a manual alarm panel. Arming needs the code when
 * `code_arm_required` (error `code_arm_required` if none is given), a wrong
 * code fails with `invalid_code`, disarming always needs the code, and a
 * triggered alarm stays triggered until disarmed.
 */

function checkCode(home: DemoHome, id: string, call: ServiceCall, arming: boolean): void {
  const attributes = home.getState(id)?.attributes ?? {};
  if (attributes['code_format'] === null || attributes['code_format'] === undefined) return;
  const code = stringField(call, 'code');
  if (arming && (code === undefined || code === '')) {
    if (attributes['code_arm_required'] !== true) return;
    throw validationError(
      'alarm_control_panel',
      'code_arm_required',
      `Arming requires a code but none was given for ${id}`,
      { entity_id: id },
    );
  }
  if (code !== DEMO_HOME_CODE) {
    throw validationError('manual', 'invalid_code', 'Invalid alarm code provided');
  }
}

function setMode(
  home: DemoHome,
  ids: string[],
  call: ServiceCall,
  state: 'armed_home' | 'armed_away' | 'disarmed',
): void {
  ids.forEach((id) => checkCode(home, id, call, state !== 'disarmed'));
  ids.forEach((id) => home.patchState(id, { state }, call.context));
}

const codeField = { code: { example: '1234' } };

export const alarmPanelServices: DomainServices = {
  alarm_arm_home: {
    entityService: true,
    fields: codeField,
    handler: (home, call, ids) => setMode(home, ids, call, 'armed_home'),
  },
  alarm_arm_away: {
    entityService: true,
    fields: codeField,
    handler: (home, call, ids) => setMode(home, ids, call, 'armed_away'),
  },
  alarm_disarm: {
    entityService: true,
    fields: codeField,
    handler: (home, call, ids) => setMode(home, ids, call, 'disarmed'),
  },
  alarm_trigger: {
    entityService: true,
    fields: codeField,
    handler: (home, call, ids) =>
      ids.forEach((id) => home.patchState(id, { state: 'triggered' }, call.context)),
  },
};
