import type { HaState, JsonObject } from '../ha-types';
import type { DemoHome } from '../home-state';
import { numberField, type DomainServices, type ServiceCall } from './service-call';

/**
 * light.turn_on / turn_off / toggle with Home Assistant's brightness rules:
 * `brightness` (0–255) or `brightness_pct` (0–100), relative `brightness_step`
 * / `brightness_step_pct`, a brightness of 0 turns the light off, and a light
 * turned on without one comes back at the brightness it had.
 */

const FULL = 255;

function colorModes(state: HaState): string[] {
  const modes = state.attributes['supported_color_modes'];
  return Array.isArray(modes)
    ? modes.filter((mode): mode is string => typeof mode === 'string')
    : [];
}

function isDimmable(state: HaState): boolean {
  return colorModes(state).some((mode) => mode !== 'onoff');
}

function lastBrightness(home: DemoHome, state: HaState): number {
  const current = state.attributes['brightness'];
  if (typeof current === 'number') return current;
  const remembered = home.recall(`${state.entity_id}:brightness`);
  return typeof remembered === 'number' ? remembered : FULL;
}

function requestedBrightness(home: DemoHome, state: HaState, call: ServiceCall): number {
  const absolute = numberField(call, 'brightness', 0, FULL);
  if (absolute !== undefined) return Math.round(absolute);
  const percent = numberField(call, 'brightness_pct', 0, 100);
  if (percent !== undefined) return Math.round((percent * FULL) / 100);
  const base = state.state === 'on' ? lastBrightness(home, state) : 0;
  const step = numberField(call, 'brightness_step', -FULL, FULL);
  if (step !== undefined) return clamp(base + step, 0, FULL);
  const stepPercent = numberField(call, 'brightness_step_pct', -100, 100);
  if (stepPercent !== undefined)
    return clamp(base + Math.round((stepPercent * FULL) / 100), 0, FULL);
  return lastBrightness(home, state);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function turnOn(home: DemoHome, entityId: string, call: ServiceCall): void {
  const state = home.getState(entityId);
  if (!state) return;
  if (!isDimmable(state)) {
    home.patchState(entityId, { state: 'on', attributes: { color_mode: 'onoff' } }, call.context);
    return;
  }
  const brightness = requestedBrightness(home, state, call);
  if (brightness === 0) {
    turnOff(home, entityId, call);
    return;
  }
  const attributes: JsonObject = { brightness };
  if (colorModes(state).includes('color_temp')) {
    const min = Number(state.attributes['min_color_temp_kelvin'] ?? 2000);
    const max = Number(state.attributes['max_color_temp_kelvin'] ?? 6500);
    const kelvin = numberField(call, 'color_temp_kelvin', 1000, 40000);
    const previous = home.recall(`${entityId}:color_temp_kelvin`);
    const current = state.attributes['color_temp_kelvin'];
    attributes['color_mode'] = 'color_temp';
    attributes['color_temp_kelvin'] =
      kelvin !== undefined
        ? clamp(Math.round(kelvin), min, max)
        : typeof current === 'number'
          ? current
          : typeof previous === 'number'
            ? previous
            : max;
  } else {
    attributes['color_mode'] = 'brightness';
  }
  home.patchState(entityId, { state: 'on', attributes }, call.context);
}

function turnOff(home: DemoHome, entityId: string, call: ServiceCall): void {
  const state = home.getState(entityId);
  if (!state) return;
  // Off lights report no brightness or colour; the device remembers them.
  const attributes: JsonObject = { color_mode: null };
  if (isDimmable(state)) {
    const { brightness, color_temp_kelvin } = state.attributes;
    if (typeof brightness === 'number') home.remember(`${entityId}:brightness`, brightness);
    if (typeof color_temp_kelvin === 'number') {
      home.remember(`${entityId}:color_temp_kelvin`, color_temp_kelvin);
    }
    attributes['brightness'] = null;
    if ('color_temp_kelvin' in state.attributes) attributes['color_temp_kelvin'] = null;
  }
  home.patchState(entityId, { state: 'off', attributes }, call.context);
}

const onFields = {
  brightness: { example: 120 },
  brightness_pct: { example: 50 },
  brightness_step: { example: -25 },
  brightness_step_pct: { example: -10 },
  color_temp_kelvin: { example: 4000 },
};

export const lightServices: DomainServices = {
  turn_on: {
    entityService: true,
    fields: onFields,
    handler: (home, call, ids) => ids.forEach((id) => turnOn(home, id, call)),
  },
  turn_off: {
    entityService: true,
    handler: (home, call, ids) => ids.forEach((id) => turnOff(home, id, call)),
  },
  toggle: {
    entityService: true,
    fields: onFields,
    handler: (home, call, ids) =>
      ids.forEach((id) =>
        home.getState(id)?.state === 'on' ? turnOff(home, id, call) : turnOn(home, id, call),
      ),
  },
};
