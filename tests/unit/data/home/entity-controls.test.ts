/** The controls a device offers, read from its state as Home Assistant's frontend reads it. */
import { describe, expect, it } from 'vitest';
import {
  climateMode,
  climateStepTo,
  coverStepTo,
  coverStop,
  fixedCodeLength,
  lockControl,
  panelControl,
  panelNeedsCode,
  panelServices,
} from '@src/data/home/entity-controls';
import type { HomeEntity } from '@src/data/home/home-types';

function entity(id: string, state: string, attributes: Record<string, unknown>): HomeEntity {
  return {
    id,
    domain: id.slice(0, id.indexOf('.')),
    name: id,
    state,
    attributes,
    lastChanged: 0,
  };
}

describe('curtains', () => {
  const curtain = (position: number, features = 15) =>
    entity('cover.curtain', position === 0 ? 'closed' : 'open', {
      current_position: position,
      supported_features: features,
    });

  it('moves the position in 10 % steps with set_cover_position', () => {
    expect(coverStepTo(curtain(60), 1)).toEqual({
      domain: 'cover',
      service: 'set_cover_position',
      data: { position: 70 },
      expected: { state: 'opening', attributes: { current_position: 70 } },
    });
    expect(coverStepTo(curtain(60), -1)?.data).toEqual({ position: 50 });
  });

  it('snaps an odd position onto the 10 % steps and stops at the ends', () => {
    expect(coverStepTo(curtain(63), 1)?.data).toEqual({ position: 70 });
    expect(coverStepTo(curtain(63), -1)?.data).toEqual({ position: 60 });
    expect(coverStepTo(curtain(100), 1)).toBeNull();
    expect(coverStepTo(curtain(0), -1)).toBeNull();
  });

  it('offers no position to a curtain without SET_POSITION (bit 4)', () => {
    expect(coverStepTo(curtain(50, 1 | 2 | 8), 1)).toBeNull();
  });

  it('stopping shows the curtain resting where it is', () => {
    expect(coverStop(curtain(40))).toMatchObject({
      service: 'stop_cover',
      expected: { state: 'open' },
    });
    expect(coverStop(curtain(0)).expected.state).toBe('closed');
  });
});

describe('air conditioning', () => {
  const ac = (target: number, extra: Record<string, unknown> = {}) =>
    entity('climate.ac', 'cool', {
      hvac_modes: ['off', 'cool', 'heat'],
      min_temp: 16,
      max_temp: 30,
      temperature: target,
      supported_features: 1,
      ...extra,
    });

  it('moves the target half a degree, or by the device’s own step', () => {
    expect(climateStepTo(ac(26), 1)).toEqual({
      domain: 'climate',
      service: 'set_temperature',
      data: { temperature: 26.5 },
      expected: { attributes: { temperature: 26.5 } },
    });
    expect(climateStepTo(ac(26), -1)?.data).toEqual({ temperature: 25.5 });
    expect(climateStepTo(ac(26, { target_temp_step: 1 }), 1)?.data).toEqual({ temperature: 27 });
  });

  it('keeps the target within min_temp and max_temp', () => {
    expect(climateStepTo(ac(30), 1)).toBeNull();
    expect(climateStepTo(ac(29.8), 1)?.data).toEqual({ temperature: 30 });
    expect(climateStepTo(ac(16), -1)).toBeNull();
  });

  it('offers no target to a device without TARGET_TEMPERATURE or a target', () => {
    expect(climateStepTo(ac(26, { supported_features: 128 }), 1)).toBeNull();
    expect(climateStepTo(ac(26, { temperature: null }), 1)).toBeNull();
  });

  it('sets a mode with set_hvac_mode and shows it at once', () => {
    expect(climateMode('heat')).toEqual({
      domain: 'climate',
      service: 'set_hvac_mode',
      data: { hvac_mode: 'heat' },
      expected: { state: 'heat' },
    });
  });
});

describe('the alarm panel', () => {
  const panel = (attributes: Record<string, unknown>) =>
    entity('alarm_control_panel.home', 'disarmed', attributes);

  it('offers arming home and away as far as the panel supports them, and disarming', () => {
    expect(panelServices(panel({ supported_features: 11 }))).toEqual([
      'alarm_arm_home',
      'alarm_arm_away',
      'alarm_disarm',
    ]);
    expect(panelServices(panel({ supported_features: 2 }))).toEqual([
      'alarm_arm_away',
      'alarm_disarm',
    ]);
  });

  it('asks for the code to disarm when the panel has a code format, and to arm unless told not to', () => {
    const coded = panel({ code_format: 'number' });
    expect(panelNeedsCode(coded, 'alarm_disarm')).toBe(true);
    expect(panelNeedsCode(coded, 'alarm_arm_away')).toBe(true);
    const armFree = panel({ code_format: 'number', code_arm_required: false });
    expect(panelNeedsCode(armFree, 'alarm_arm_home')).toBe(false);
    expect(panelNeedsCode(armFree, 'alarm_disarm')).toBe(true);
    expect(panelNeedsCode(panel({ code_format: null }), 'alarm_disarm')).toBe(false);
  });

  it('sends the code as `code`', () => {
    expect(panelControl('alarm_disarm', '1234')).toEqual({
      domain: 'alarm_control_panel',
      service: 'alarm_disarm',
      data: { code: '1234' },
      expected: { state: 'disarmed' },
    });
    expect(panelControl('alarm_arm_home')).not.toHaveProperty('data');
  });
});

describe('locks', () => {
  it('locks and unlocks, with the code when given', () => {
    expect(lockControl(false, '1234')).toEqual({
      domain: 'lock',
      service: 'unlock',
      data: { code: '1234' },
      expected: { state: 'unlocking' },
    });
    expect(lockControl(true)).toEqual({
      domain: 'lock',
      service: 'lock',
      expected: { state: 'locking' },
    });
  });

  it('reads an exact code length from a format like ^\\d{4}$ and none from `number`', () => {
    expect(fixedCodeLength(entity('lock.door', 'locked', { code_format: '^\\d{4}$' }))).toBe(4);
    expect(fixedCodeLength(entity('lock.door', 'locked', { code_format: 'number' }))).toBeNull();
  });
});
