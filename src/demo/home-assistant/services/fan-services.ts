import type { JsonObject } from '../ha-types';
import { validationError } from '../ha-error';
import type { DemoHome } from '../home-state';
import {
  booleanField,
  numberField,
  requireKey,
  stringField,
  type DomainServices,
  type ServiceCall,
} from './service-call';

/**
 * fan.*: speed as a percentage snapped to the fan's steps, presets and
 * oscillation. A percentage of 0 turns the fan off, as in Home Assistant.
 */

function snap(home: DemoHome, id: string, percentage: number): number {
  const step = Number(home.getState(id)?.attributes['percentage_step'] ?? 1);
  if (percentage === 0) return 0;
  return Math.min(100, Math.max(step, Math.round(Math.round(percentage / step) * step)));
}

function presetOf(home: DemoHome, id: string, call: ServiceCall): string | undefined {
  const preset = stringField(call, 'preset_mode');
  if (preset === undefined) return undefined;
  const presets = home.getState(id)?.attributes['preset_modes'];
  if (!Array.isArray(presets) || !presets.includes(preset)) {
    throw validationError('fan', 'not_valid_preset_mode', `Preset mode ${preset} is not valid`, {
      mode: preset,
    });
  }
  return preset;
}

function turnOn(home: DemoHome, id: string, call: ServiceCall): void {
  const state = home.getState(id);
  if (!state) return;
  const requested = numberField(call, 'percentage', 0, 100);
  const preset = presetOf(home, id, call);
  if (requested === 0) {
    turnOff(home, id, call);
    return;
  }
  const remembered = home.recall(`${id}:percentage`);
  const current = state.attributes['percentage'];
  const percentage =
    requested !== undefined
      ? snap(home, id, requested)
      : typeof current === 'number' && current > 0
        ? current
        : typeof remembered === 'number'
          ? remembered
          : snap(home, id, 34);
  const attributes: JsonObject = { percentage };
  if (preset !== undefined) attributes['preset_mode'] = preset;
  home.patchState(id, { state: 'on', attributes }, call.context);
}

function turnOff(home: DemoHome, id: string, call: ServiceCall): void {
  const current = home.getState(id)?.attributes['percentage'];
  if (typeof current === 'number' && current > 0) home.remember(`${id}:percentage`, current);
  home.patchState(
    id,
    { state: 'off', attributes: { percentage: 0, preset_mode: null } },
    call.context,
  );
}

export const fanServices: DomainServices = {
  turn_on: {
    entityService: true,
    fields: { percentage: { example: 66 }, preset_mode: { example: 'sleep' } },
    handler: (home, call, ids) => ids.forEach((id) => turnOn(home, id, call)),
  },
  turn_off: {
    entityService: true,
    handler: (home, call, ids) => ids.forEach((id) => turnOff(home, id, call)),
  },
  toggle: {
    entityService: true,
    handler: (home, call, ids) =>
      ids.forEach((id) =>
        home.getState(id)?.state === 'on' ? turnOff(home, id, call) : turnOn(home, id, call),
      ),
  },
  set_percentage: {
    entityService: true,
    fields: { percentage: { required: true, example: 66 } },
    handler: (home, call, ids) => {
      requireKey(call, 'percentage');
      ids.forEach((id) => turnOn(home, id, call));
    },
  },
  set_preset_mode: {
    entityService: true,
    fields: { preset_mode: { required: true, example: 'sleep' } },
    handler: (home, call, ids) => {
      requireKey(call, 'preset_mode');
      ids.forEach((id) => turnOn(home, id, call));
    },
  },
  oscillate: {
    entityService: true,
    fields: { oscillating: { required: true, example: true } },
    handler: (home, call, ids) => {
      requireKey(call, 'oscillating');
      const oscillating = booleanField(call, 'oscillating') ?? false;
      ids.forEach((id) => home.patchState(id, { attributes: { oscillating } }, call.context));
    },
  },
};
