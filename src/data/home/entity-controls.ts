/**
 * What a device can be asked to do, read from its state the way Home
 * Assistant's own frontend reads it: the `supported_features` bit mask, the
 * climate's `hvac_modes` / `min_temp` / `max_temp` / `target_temp_step`, the
 * `code_format` of a lock or alarm panel. Each control comes with the service
 * to call, its data, and the state the screen shows while the hub works on it.
 * No words here: the screen names them.
 */
import type { HomeEntity } from './home-types.js';

/** CoverEntityFeature in Home Assistant. */
export const COVER_OPEN = 1;
export const COVER_CLOSE = 2;
export const COVER_SET_POSITION = 4;
export const COVER_STOP = 8;
/** ClimateEntityFeature.TARGET_TEMPERATURE. */
export const CLIMATE_TARGET_TEMPERATURE = 1;
/** AlarmControlPanelEntityFeature. */
export const PANEL_ARM_HOME = 1;
export const PANEL_ARM_AWAY = 2;

/** One call to the hub and what to show until it answers. */
export interface HomeControl {
  domain: string;
  service: string;
  data?: Record<string, unknown>;
  /** The state (and attributes) shown at once; rolled back if the hub refuses. */
  expected: { state?: string; attributes?: Record<string, unknown> };
}

export function supports(entity: HomeEntity, feature: number): boolean {
  const mask = entity.attributes['supported_features'];
  return typeof mask === 'number' && (mask & feature) === feature;
}

function numberAttribute(entity: HomeEntity, name: string): number | undefined {
  const value = entity.attributes[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

// Covers -------------------------------------------------------------------

/** Percent a curtain moves per press of + or −. */
export const COVER_POSITION_STEP = 10;

export function coverPosition(entity: HomeEntity): number | undefined {
  return numberAttribute(entity, 'current_position');
}

export function coverOpen(): HomeControl {
  return { domain: 'cover', service: 'open_cover', expected: { state: 'opening' } };
}

export function coverClose(): HomeControl {
  return { domain: 'cover', service: 'close_cover', expected: { state: 'closing' } };
}

export function coverStop(entity: HomeEntity): HomeControl {
  const position = coverPosition(entity);
  const resting = position === 0 ? 'closed' : 'open';
  return { domain: 'cover', service: 'stop_cover', expected: { state: resting } };
}

/**
 * The next position in 10 % steps (`direction` +1 opens further, −1 closes),
 * snapped to the step grid; null when the cover cannot be set or is already at the end.
 */
export function coverStepTo(entity: HomeEntity, direction: 1 | -1): HomeControl | null {
  if (!supports(entity, COVER_SET_POSITION)) return null;
  const current = coverPosition(entity) ?? (entity.state === 'closed' ? 0 : 100);
  const snapped =
    direction > 0
      ? Math.floor(current / COVER_POSITION_STEP) * COVER_POSITION_STEP + COVER_POSITION_STEP
      : Math.ceil(current / COVER_POSITION_STEP) * COVER_POSITION_STEP - COVER_POSITION_STEP;
  const position = Math.min(100, Math.max(0, snapped));
  if (position === current) return null;
  return {
    domain: 'cover',
    service: 'set_cover_position',
    data: { position },
    expected: {
      state: position > current ? 'opening' : 'closing',
      attributes: { current_position: position },
    },
  };
}

// Climate ------------------------------------------------------------------

export function climateModes(entity: HomeEntity): string[] {
  const modes = entity.attributes['hvac_modes'];
  return Array.isArray(modes) ? modes.filter((m): m is string => typeof m === 'string') : [];
}

export function climateMode(mode: string): HomeControl {
  return {
    domain: 'climate',
    service: 'set_hvac_mode',
    data: { hvac_mode: mode },
    expected: { state: mode },
  };
}

/** The hub's own step for the target, else half a degree. */
export function climateTargetStep(entity: HomeEntity): number {
  const step = numberAttribute(entity, 'target_temp_step');
  return step !== undefined && step > 0 ? step : 0.5;
}

/**
 * The target one step up or down, kept within min_temp–max_temp (Home
 * Assistant's defaults 7–35 °C when unset); null when the device has no
 * single target or it is already at the limit.
 */
export function climateStepTo(entity: HomeEntity, direction: 1 | -1): HomeControl | null {
  if (!supports(entity, CLIMATE_TARGET_TEMPERATURE)) return null;
  const target = numberAttribute(entity, 'temperature');
  if (target === undefined) return null;
  const step = climateTargetStep(entity);
  const min = numberAttribute(entity, 'min_temp') ?? 7;
  const max = numberAttribute(entity, 'max_temp') ?? 35;
  // Round to the step grid so repeated presses never drift (21.5 + 0.5 = 22, not 21.999…).
  const next = Math.round((target + direction * step) / step) * step;
  const temperature = Math.min(max, Math.max(min, Number(next.toFixed(2))));
  if (temperature === target) return null;
  return {
    domain: 'climate',
    service: 'set_temperature',
    data: { temperature },
    expected: { attributes: { temperature } },
  };
}

// Alarm panel --------------------------------------------------------------

export type PanelService = 'alarm_arm_home' | 'alarm_arm_away' | 'alarm_disarm';

/** What the panel offers now: arming when disarmed (as far as it supports), else disarming. */
export function panelServices(entity: HomeEntity): PanelService[] {
  const services: PanelService[] = [];
  if (supports(entity, PANEL_ARM_HOME)) services.push('alarm_arm_home');
  if (supports(entity, PANEL_ARM_AWAY)) services.push('alarm_arm_away');
  services.push('alarm_disarm');
  return services;
}

const PANEL_EXPECTED: Record<PanelService, string> = {
  alarm_arm_home: 'arming',
  alarm_arm_away: 'arming',
  alarm_disarm: 'disarmed',
};

export function panelControl(service: PanelService, code?: string): HomeControl {
  return {
    domain: 'alarm_control_panel',
    service,
    ...(code !== undefined ? { data: { code } } : {}),
    expected: { state: PANEL_EXPECTED[service] },
  };
}

/**
 * Whether the panel wants its code for this: always to disarm when it has a
 * `code_format`, and to arm unless `code_arm_required` is false.
 */
export function panelNeedsCode(entity: HomeEntity, service: PanelService): boolean {
  if (!hasCodeFormat(entity)) return false;
  return service === 'alarm_disarm' || entity.attributes['code_arm_required'] !== false;
}

// Locks --------------------------------------------------------------------

export function lockControl(locked: boolean, code?: string): HomeControl {
  return {
    domain: 'lock',
    service: locked ? 'lock' : 'unlock',
    ...(code !== undefined ? { data: { code } } : {}),
    expected: { state: locked ? 'locking' : 'unlocking' },
  };
}

/** A lock or panel with a `code_format` wants a code with every call. */
export function hasCodeFormat(entity: HomeEntity): boolean {
  const format = entity.attributes['code_format'];
  return typeof format === 'string' && format !== '';
}

/**
 * How many digits the code has when its format says so exactly (`^\d{4}$`,
 * as a lock's regular expression can), else null (`number`: 4–8 digits).
 */
export function fixedCodeLength(entity: HomeEntity): number | null {
  const format = entity.attributes['code_format'];
  if (typeof format !== 'string') return null;
  const match = /^\^?\\d\{(\d)\}\$?$/.exec(format);
  return match?.[1] ? Number(match[1]) : null;
}
