import type { HaState, JsonObject } from '../ha-types';
import { validationError } from '../ha-error';
import type { DemoHome } from '../home-state';
import {
  numberField,
  requireKey,
  stringField,
  type DomainServices,
  type ServiceCall,
} from './service-call';

/**
 * climate.*: an air conditioner with cool / heat / dry / fan_only / off and a
 * target temperature. Modes and temperatures outside what the unit supports
 * fail as Home Assistant's climate component fails them.
 */

function listAttribute(state: HaState, name: string): string[] {
  const value = state.attributes[name];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** What the unit is doing, derived from mode and temperatures. */
function actionFor(mode: string, current: number, target: number): string {
  switch (mode) {
    case 'cool':
      return current > target ? 'cooling' : 'idle';
    case 'heat':
      return current < target ? 'heating' : 'idle';
    case 'dry':
      return 'drying';
    case 'fan_only':
      return 'fan';
    default:
      return 'off';
  }
}

function apply(
  home: DemoHome,
  id: string,
  call: ServiceCall,
  mode?: string,
  target?: number,
): void {
  const state = home.getState(id);
  if (!state) return;
  const nextMode = mode ?? state.state;
  const nextTarget = target ?? Number(state.attributes['temperature']);
  if (nextMode !== 'off') home.remember(`${id}:hvac_mode`, nextMode);
  const attributes: JsonObject = {
    hvac_action: actionFor(nextMode, Number(state.attributes['current_temperature']), nextTarget),
  };
  if (target !== undefined) attributes['temperature'] = target;
  home.patchState(id, { state: nextMode, attributes }, call.context);
}

function validMode(state: HaState, mode: string): string {
  if (!listAttribute(state, 'hvac_modes').includes(mode)) {
    throw validationError('climate', 'not_valid_hvac_mode', `HVAC mode ${mode} is not valid`, {
      mode,
      modes: listAttribute(state, 'hvac_modes').join(', '),
    });
  }
  return mode;
}

function validTemperature(state: HaState, temperature: number): number {
  const min = Number(state.attributes['min_temp']);
  const max = Number(state.attributes['max_temp']);
  if (temperature < min || temperature > max) {
    throw validationError(
      'climate',
      'temp_out_of_range',
      `Provided temperature ${temperature} is not valid. Accepted range is ${min} to ${max}`,
      { check_temp: String(temperature), min_temp: String(min), max_temp: String(max) },
    );
  }
  return temperature;
}

export const climateServices: DomainServices = {
  set_hvac_mode: {
    entityService: true,
    fields: { hvac_mode: { required: true, example: 'cool' } },
    handler: (home, call, ids) => {
      requireKey(call, 'hvac_mode');
      const mode = stringField(call, 'hvac_mode') ?? '';
      for (const id of ids) {
        const state = home.getState(id);
        if (state) apply(home, id, call, validMode(state, mode));
      }
    },
  },
  set_temperature: {
    entityService: true,
    fields: { temperature: { required: true, example: 26 }, hvac_mode: { example: 'cool' } },
    handler: (home, call, ids) => {
      requireKey(call, 'temperature');
      const temperature = numberField(call, 'temperature', -100, 100) ?? 0;
      const mode = stringField(call, 'hvac_mode');
      for (const id of ids) {
        const state = home.getState(id);
        if (!state) continue;
        const checkedMode = mode === undefined ? undefined : validMode(state, mode);
        apply(home, id, call, checkedMode, validTemperature(state, temperature));
      }
    },
  },
  set_fan_mode: {
    entityService: true,
    fields: { fan_mode: { required: true, example: 'low' } },
    handler: (home, call, ids) => {
      requireKey(call, 'fan_mode');
      const fanMode = stringField(call, 'fan_mode') ?? '';
      for (const id of ids) {
        const state = home.getState(id);
        if (!state) continue;
        if (!listAttribute(state, 'fan_modes').includes(fanMode)) {
          throw validationError(
            'climate',
            'not_valid_fan_mode',
            `Fan mode ${fanMode} is not valid`,
            {
              mode: fanMode,
            },
          );
        }
        home.patchState(id, { attributes: { fan_mode: fanMode } }, call.context);
      }
    },
  },
  turn_on: {
    entityService: true,
    // Back to the last mode it ran in, as a remote's power button does.
    handler: (home, call, ids) =>
      ids.forEach((id) => {
        const remembered = home.recall(`${id}:hvac_mode`);
        const state = home.getState(id);
        if (state?.state === 'off') {
          apply(home, id, call, typeof remembered === 'string' ? remembered : 'cool');
        }
      }),
  },
  turn_off: {
    entityService: true,
    handler: (home, call, ids) => ids.forEach((id) => apply(home, id, call, 'off')),
  },
};
